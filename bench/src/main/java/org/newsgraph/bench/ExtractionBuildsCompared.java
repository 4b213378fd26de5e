package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares two builds of the extractor in one JVM, for changes smaller than the machine's noise.
 * Each build's extract classes (a folder such as {@code extract/target/classes} of a checkout) load
 * in a class loader of their own, over the rest of this jar; the two builds extract every dev page
 * in alternating passes on this thread (A then B, then B then A), so that a busy spell of the
 * machine falls on both. Prints each pass's CPU time per page, then, over the passes after the
 * first third (warm-up), the mean of each build and the median of the per-pass ratios B/A.
 * Arguments: {@code A_CLASSES B_CLASSES [--passes N]} (default {@value #DEFAULT_PASSES}); run it
 * from {@code benchmarks.jar}, which supplies everything but the extract classes.
 */
public final class ExtractionBuildsCompared {

  private static final int DEFAULT_PASSES = 16;

  private ExtractionBuildsCompared() {}

  public static void main(String[] args) throws ReflectiveOperationException {
    try {
      compare(args);
    } catch (IllegalArgumentException e) {
      System.err.println("ExtractionBuildsCompared: " + e.getMessage());
      System.exit(2);
    }
  }

  private static void compare(String[] args) throws ReflectiveOperationException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: A_CLASSES B_CLASSES [--passes N]");
    }
    int passes = new Options(args).count("--passes", DEFAULT_PASSES);
    Build[] builds = {Build.of(Path.of(args[0])), Build.of(Path.of(args[1]))};
    List<Path> files = DevPages.files();
    byte[][] pages = files.stream().map(DevPages::read).toArray(byte[][]::new);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[][] millis = new double[2][passes];
    for (int pass = 0; pass < passes; pass++) {
      for (int turn = 0; turn < 2; turn++) {
        int b = pass % 2 == 0 ? turn : 1 - turn;
        long start = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < pages.length; i++) {
          builds[b].extract(files.get(i).getFileName().toString(), pages[i]);
        }
        millis[b][pass] = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / pages.length;
      }
      System.out.printf(
          Locale.ROOT, "pass %d: A %.3f B %.3f ms/page%n", pass, millis[0][pass], millis[1][pass]);
    }
    System.out.println(summary(millis, passes / 3));
  }

  static String summary(double[][] millis, int from) {
    int n = millis[0].length - from;
    double[] ratios = new double[n];
    double a = 0;
    double b = 0;
    for (int p = from; p < millis[0].length; p++) {
      a += millis[0][p];
      b += millis[1][p];
      ratios[p - from] = millis[1][p] / millis[0][p];
    }
    Arrays.sort(ratios);
    return String.format(
        Locale.ROOT,
        "last %d passes: A %.3f B %.3f ms/page, B/A %.3f; median of B/A per pass %.3f"
            + " (quartiles %.3f, %.3f)",
        n, a / n, b / n, b / a, ratios[n / 2], ratios[n / 4], ratios[3 * n / 4]);
  }

  /** One build's extractor and page type, loaded apart from the other's. */
  private record Build(Object extractor, Method extract, Constructor<?> page) {

    static Build of(Path classes) throws ReflectiveOperationException {
      if (!Files.isDirectory(classes.resolve("org/newsgraph/extract"))) {
        throw new IllegalArgumentException("no extract classes in " + classes);
      }
      ClassLoader loader =
          new URLClassLoader(
              new URL[] {url(classes.toUri()), url(thisJar())},
              ClassLoader.getPlatformClassLoader());
      Class<?> extractorType = loader.loadClass("org.newsgraph.extract.NewsArticleExtractor");
      Class<?> pageType = loader.loadClass("org.newsgraph.core.Page");
      return new Build(
          extractorType.getConstructor().newInstance(),
          extractorType.getMethod("extract", pageType),
          pageType.getConstructor(String.class, URI.class, byte[].class, String.class));
    }

    void extract(String name, byte[] content) throws ReflectiveOperationException {
      try {
        extract.invoke(extractor, page.newInstance(name, null, content, "text/html"));
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("extracting " + name + " failed", e.getCause());
      }
    }

    /** The benchmarks jar, which holds everything but the extract classes compared. */
    private static URI thisJar() {
      try {
        return ExtractionBuildsCompared.class.getProtectionDomain().getCodeSource().getLocation()
            .toURI();
      } catch (URISyntaxException e) {
        throw new IllegalStateException("cannot locate the benchmarks jar", e);
      }
    }

    private static URL url(URI uri) {
      try {
        return uri.toURL();
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("not a loadable address: " + uri, e);
      }
    }
  }
}

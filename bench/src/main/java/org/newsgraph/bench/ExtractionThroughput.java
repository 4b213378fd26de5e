package org.newsgraph.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ExtractionBenchmark} and sums it up: pages/s and MB/s for each extractor, how much
 * of our time per page the parse alone takes, our rate over boilerpipe's, and the targets
 * (at least 400 pages/s on one thread, at least twice boilerpipe). Takes the usual JMH options,
 * for example {@code -i 3 -rf json}.
 */
public final class ExtractionThroughput {

  private static final double TARGET_PAGES_PER_SECOND = 400;
  private static final double TARGET_RATIO = 2;

  private ExtractionThroughput() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    CommandLineOptions cli = new CommandLineOptions(args);
    OptionsBuilder options = new OptionsBuilder();
    options.parent(cli);
    if (cli.getIncludes().isEmpty()) {
      options.include(ExtractionBenchmark.class.getName() + "\\.");
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.println(summary(results));
  }

  static String summary(Collection<RunResult> results) {
    Map<String, Double> pagesPerSecond = new LinkedHashMap<>();
    StringBuilder out = new StringBuilder("\nExtraction, one thread, extraction dev pages\n");
    out.append(String.format(Locale.ROOT, "%-12s %18s %16s%n", "extractor", "pages/s", "MB/s"));
    for (RunResult run : results) {
      String benchmark = run.getParams().getBenchmark();
      String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      Result<?> pages = run.getSecondaryResults().get("pages");
      Result<?> megabytes = run.getSecondaryResults().get("megabytes");
      pagesPerSecond.put(name, pages.getScore());
      out.append(
          String.format(
              Locale.ROOT, "%-12s %18s %16s%n", name, withError(pages), withError(megabytes)));
    }
    Double ours = pagesPerSecond.get("newsgraph");
    Double baseline = pagesPerSecond.get("boilerpipe");
    Double parse = pagesPerSecond.get("parseOnly");
    if (ours != null && parse != null) {
      out.append(
          String.format(
              Locale.ROOT,
              "decoding and parse: %.2f ms of newsgraph's %.2f ms per page%n",
              1000 / parse,
              1000 / ours));
    }
    if (ours != null) {
      out.append(verdict("newsgraph pages/s", ours, TARGET_PAGES_PER_SECOND, ""));
    }
    if (ours != null && baseline != null) {
      out.append(verdict("newsgraph / boilerpipe", ours / baseline, TARGET_RATIO, "x"));
    }
    return out.toString();
  }

  private static String withError(Result<?> result) {
    double error = result.getScoreError();
    return Double.isNaN(error)
        ? String.format(Locale.ROOT, "%.1f", result.getScore())
        : String.format(Locale.ROOT, "%.1f ± %.1f", result.getScore(), error);
  }

  private static String verdict(String what, double value, double target, String unit) {
    return String.format(
        Locale.ROOT,
        "%s: %.2f%s (target >= %.0f%s): %s%n",
        what,
        value,
        unit,
        target,
        unit,
        value >= target ? "met" : "NOT met");
  }
}

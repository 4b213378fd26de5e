package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newsgraph.core.Extraction;
import org.newsgraph.core.Page;
import org.newsgraph.extract.NewsArticleExtractor;

/**
 * Extracts every extraction dev page in one process, one page at a time as the command line does,
 * and reports the pages done and the heap it took. Run it with {@code -Xmx256m}: finishing shows
 * the set extracts under a 256 MB heap. Exits 1 when any page throws, naming each.
 */
public final class ExtractionMemory {

  private static final double MIB = 1024 * 1024;

  private ExtractionMemory() {}

  public static void main(String[] args) throws Exception {
    List<Path> files = DevPages.files();
    NewsArticleExtractor extractor = new NewsArticleExtractor();
    HeapWatch heap = HeapWatch.start();
    int accepted = 0;
    int rejected = 0;
    int failed = 0;
    long bytes = 0;
    long started = System.nanoTime();
    for (Path file : files) {
      byte[] content = DevPages.read(file);
      bytes += content.length;
      try {
        Page page = new Page(file.getFileName().toString(), null, content, "text/html");
        if (extractor.extract(page) instanceof Extraction.Accepted) {
          accepted++;
        } else {
          rejected++;
        }
      } catch (RuntimeException | StackOverflowError e) {
        failed++;
        System.err.println("FAILED " + file + ": " + e);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    heap.stop();
    System.out.printf(
        Locale.ROOT,
        "pages: %d (%d accepted, %d rejected, %d failed), %.1f MB of HTML in %.1f s%n",
        files.size(),
        accepted,
        rejected,
        failed,
        bytes / 1e6,
        seconds);
    System.out.printf(
        Locale.ROOT,
        "heap: peak used %.1f MiB, peak live after GC %.1f MiB, limit %.1f MiB, %d collections%n",
        heap.peakUsed() / MIB,
        heap.peakLive() / MIB,
        Runtime.getRuntime().maxMemory() / MIB,
        heap.collectionsSeen());
    if (failed > 0) {
      System.exit(1);
    }
  }
}

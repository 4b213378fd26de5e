package org.newsgraph.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsgraph.core.Page;
import org.newsgraph.extract.NewsArticleExtractor;
import org.newsgraph.extract.charset.PageDecoder;
import org.newsgraph.extract.markup.PageParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-thread extraction throughput over the extraction dev pages: our {@link
 * NewsArticleExtractor} and, as the baseline, boilerpipe 1.2.2's {@code ArticleExtractor}. One
 * operation is one pass over every page, so each iteration weighs every page alike; the {@link
 * CorpusCounters} turn passes into pages/s and MB/s.
 *
 * <p>The pages are read once, before the trial. Both extractors start from the raw bytes: ours
 * decodes them inside {@code extract}, the baseline through {@link BaselineDecoder}. The fork runs
 * the throughput collector, as a batch extraction job would; both extractors run under it.
 *
 * <p>{@code parseOnly} does the first two steps of ours alone, charset decoding and the parse
 * ({@link PageParser}: the fast path, else jsoup): its rate is the ceiling of any extractor built on
 * that parse, the part of the time that our own extraction cannot win back.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
@Threads(1)
@State(Scope.Benchmark)
public class ExtractionBenchmark {

  private Page[] pages;
  private byte[][] contents;
  private long totalBytes;
  private NewsArticleExtractor extractor;
  private PageDecoder decoder;

  /** Reads every page once. */
  @Setup(Level.Trial)
  public void load() {
    List<Path> files = DevPages.files();
    pages = new Page[files.size()];
    contents = new byte[files.size()][];
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      contents[i] = DevPages.read(file);
      pages[i] = new Page(file.getFileName().toString(), null, contents[i], "text/html");
      totalBytes += contents[i].length;
    }
    extractor = new NewsArticleExtractor();
    decoder = new PageDecoder();
  }

  /** Our extractor over every page. */
  @Benchmark
  public void newsgraph(CorpusCounters counters, Blackhole sink) {
    for (Page page : pages) {
      sink.consume(extractor.extract(page));
    }
    counters.count(pages.length, totalBytes);
  }

  /** boilerpipe 1.2.2's article extractor over every page, decoded by {@link BaselineDecoder}. */
  @Benchmark
  public void boilerpipe(CorpusCounters counters, Blackhole sink)
      throws BoilerpipeProcessingException {
    for (byte[] content : contents) {
      sink.consume(ArticleExtractor.INSTANCE.getText(BaselineDecoder.decode(content)));
    }
    counters.count(contents.length, totalBytes);
  }

  /** Charset decoding and the parse alone, as our extractor does them, over every page. */
  @Benchmark
  public void parseOnly(CorpusCounters counters, Blackhole sink) {
    for (byte[] content : contents) {
      String html = decoder.decode(content, "text/html").text();
      sink.consume(PageParser.parse(html, ""));
    }
    counters.count(contents.length, totalBytes);
  }
}

package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.newsgraph.extract.charset.PageDecoder;
import org.newsgraph.extract.markup.FastPathParser;
import org.newsgraph.testkit.DocumentTrees;

/**
 * Checks the fast path parser against jsoup's on every extraction dev page, then times both. Each
 * page is decoded as {@code NewsArticleExtractor} decodes it; the report gives the pages the fast
 * path accepted, how many of those have exactly jsoup's tree ({@link DocumentTrees}), and the first
 * mismatches with their first difference. The timing is thread CPU time per page, in alternating
 * passes (the order of the three turns each pass) after {@value #WARM_UP_PASSES} warm-up passes:
 * jsoup's parser over all pages, the fast path over the pages it accepts, and the fast path with
 * jsoup as fallback over all pages. Option: {@code --passes N} timed passes (default {@value
 * #DEFAULT_PASSES}).
 */
public final class HtmlParserAgreement {

  private static final int DEFAULT_PASSES = 12;
  private static final int WARM_UP_PASSES = 2;
  private static final int LISTED = 20;
  private static final String BASE_URI = "";

  /** Written with every parsed tree, so that no parse is optimised away. */
  private static long sink;

  private HtmlParserAgreement() {}

  public static void main(String[] args) {
    try {
      run(new Options(args).count("--passes", DEFAULT_PASSES));
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("HtmlParserAgreement: " + e.getMessage());
      System.exit(2);
    }
  }

  private static void run(int passes) {
    PageDecoder decoder = new PageDecoder();
    List<String> all = new ArrayList<>();
    List<String> accepted = new ArrayList<>();
    ParserAgreementTally tally = new ParserAgreementTally(LISTED);
    for (Path file : DevPages.files()) {
      String html = decoder.decode(DevPages.read(file), "text/html").text();
      all.add(html);
      Optional<Document> fast = FastPathParser.tryParse(html, BASE_URI);
      if (fast.isEmpty()) {
        tally.declined(FastPathParser.unsupportedReason(html).orElseThrow());
      } else {
        accepted.add(html);
        tally.accepted(file.getFileName().toString(),
            DocumentTrees.firstDifference(jsoup(html), fast.get()));
      }
    }
    tally.lines().forEach(System.out::println);
    List<Timed> timed = List.of(
        new Timed("jsoup, all pages", all, html -> keep(jsoup(html))),
        new Timed("fast path, accepted pages", accepted,
            html -> keep(FastPathParser.tryParse(html, BASE_URI).orElseThrow())),
        new Timed("fast path with jsoup fallback, all pages", all, html -> keep(
            FastPathParser.tryParse(html, BASE_URI).orElseGet(() -> jsoup(html)))));
    for (int pass = 0; pass < WARM_UP_PASSES + passes; pass++) {
      for (int turn = 0; turn < timed.size(); turn++) {
        timed.get((pass + turn) % timed.size()).pass(pass >= WARM_UP_PASSES);
      }
    }
    System.out.printf(Locale.ROOT, "CPU time per page, mean of %d passes after %d warm-up:%n",
        passes, WARM_UP_PASSES);
    timed.forEach(t -> System.out.println("  " + t.summary(passes)));
  }

  private static Document jsoup(String html) {
    return Parser.htmlParser().parseInput(html, BASE_URI);
  }

  private static void keep(Document doc) {
    sink += doc.childNodeSize();
  }

  /** One parser setting timed over its pages, pass after pass. */
  private static final class Timed {

    private final String name;
    private final List<String> pages;
    private final Consumer<String> parse;
    private double millis;

    Timed(String name, List<String> pages, Consumer<String> parse) {
      this.name = name;
      this.pages = pages;
      this.parse = parse;
    }

    void pass(boolean counted) {
      if (!pages.isEmpty()) {
        double perPage = CpuTime.passMillisPerItem(pages, parse);
        millis += counted ? perPage : 0;
      }
    }

    String summary(int passes) {
      return pages.isEmpty()
          ? name + ": no page"
          : String.format(Locale.ROOT, "%s: %.3f ms (%d pages)", name, millis / passes,
              pages.size());
    }
  }
}

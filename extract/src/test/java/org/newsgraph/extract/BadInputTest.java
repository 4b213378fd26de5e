package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Article;
import org.newsgraph.core.Extraction;
import org.newsgraph.core.Page;

/**
 * Pages that are not articles, or barely pages at all, end in a rejection with a reason a user can
 * act on, or in an article, never in an exception, a hang or a stack overflow. Every input is made
 * here; none is stored.
 */
class BadInputTest {

  private static final String STORY =
      "The city council voted on Tuesday to expand the bus network, adding twelve routes that"
          + " will serve the northern suburbs from next spring. ";

  private final NewsArticleExtractor extractor = new NewsArticleExtractor();

  @Test
  void anEmptyFileIsRejected() {
    assertThat(reason(extractor.extract(Page.of("empty.txt", new byte[0]))))
        .isEqualTo("empty page");
  }

  @Test
  void whitespaceIsRejectedAsEmpty() {
    byte[] blank = " \n\t\r\n   \n".getBytes(StandardCharsets.UTF_8);
    assertThat(reason(extractor.extract(Page.of("blank.txt", blank)))).isEqualTo("empty page");
    byte[] noBreakSpaces = "\u00A0\u00A0\n\u2003".getBytes(StandardCharsets.UTF_8);
    assertThat(reason(extractor.extract(Page.of("nbsp.txt", noBreakSpaces))))
        .isIn("empty page", "no article body found");
  }

  @Test
  void binaryFilesAreRejectedByKind() throws IOException {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    byte[] pdf =
        "%PDF-1.7\n%\u00E2\u00E3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(reason(extractor.extract(Page.of("a.png", png))))
        .isEqualTo("not a text page: PNG image");
    assertThat(reason(extractor.extract(Page.of("a.pdf", pdf))))
        .isEqualTo("not a text page: PDF document");
    assertThat(reason(extractor.extract(Page.of("a.html.gz", gzip(html(STORY.repeat(20)))))))
        .isEqualTo("not a text page: gzip archive");
  }

  @Test
  void aFiftyMegabytePageIsRejectedAsTooLarge() {
    byte[] page = new byte[50 * 1024 * 1024];
    Arrays.fill(page, (byte) 'a');
    assertThat(reason(extractor.extract(Page.of("huge.html", page))))
        .isEqualTo("page too large: 52,428,800 bytes (limit 16,777,216)");
  }

  @Test
  void aFifteenMegabyteHtmlPageIsRead() {
    String body = paragraphs(15 * 1024 * 1024, "<p>", "</p>\n");
    Article article = accepted(extractor.extract(page("big.html", html(body), "text/html")));
    assertThat(article.text()).startsWith("Paragraph 0: " + STORY.strip());
  }

  @Test
  void aFifteenMegabyteTextPageIsRead() {
    String text = paragraphs(15 * 1024 * 1024, "", "\n\n");
    Article article = accepted(extractor.extract(page("big.txt", text, "text/plain")));
    assertThat(article.text()).startsWith("Paragraph 0: " + STORY.strip());
  }

  @Test
  void deeplyNestedHtmlDoesNotOverflowTheStack() {
    int depth = 100_000;
    String html =
        "<html><body>"
            + "<div>".repeat(depth)
            + "<p>"
            + STORY
            + STORY
            + "</p>"
            + "</div>".repeat(depth)
            + "</body></html>";
    Extraction extraction = extractor.extract(page("deep.html", html, "text/html"));
    assertThat(accepted(extraction).text()).contains("bus network");
  }

  @Test
  void invalidUtf8IsReadWithReplacementCharacters() {
    byte[] story = (STORY + STORY).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(story, story.length + 4);
    bytes[story.length] = (byte) 0xC3;
    bytes[story.length + 1] = (byte) 0x28;
    bytes[story.length + 2] = (byte) 0xFF;
    bytes[story.length + 3] = '.';
    Article article = accepted(extractor.extract(new Page("bad.txt", null, bytes, "text/plain")));
    assertThat(article.text()).contains("bus network");
  }

  @Test
  void aWrongDeclaredCharsetGivesAnArticleNotACrash() {
    String html =
        "<html><head><meta charset=\"windows-1252\"><title>Café owners protest</title></head>"
            + "<body><p>Café owners in Zürich said the new rules would cost them dearly. "
            + STORY
            + "</p></body></html>";
    byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
    Page page = new Page("cafe.html", null, utf8, "text/html; charset=ISO-8859-1");
    assertThat(accepted(extractor.extract(page)).text()).contains("bus network");
  }

  @Test
  void textWithoutPunctuationIsReadAsLongAsItIsProse() {
    String words = STORY.replaceAll("[.,]", "").repeat(3);
    assertThat(accepted(extractor.extract(page("plain.txt", words, "text/plain"))).text())
        .isEqualTo(words.strip());
    String list = "apples\npears\nplums\n".repeat(50);
    assertThat(reason(extractor.extract(page("list.txt", list, "text/plain"))))
        .isEqualTo("no article body found");
  }

  @Test
  void aSingleHugeLineIsRead() {
    String line = STORY.repeat(40_000);
    Article article = accepted(extractor.extract(page("line.txt", line, "text/plain")));
    assertThat(article.text()).hasSize(line.strip().length());
  }

  @Test
  void aSlowPageIsRejectedWhenTheTimeLimitPasses() {
    TimeLimitedExtractor limited =
        new TimeLimitedExtractor(
            page -> {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return extractor.extract(page);
            },
            Duration.ofMillis(50));
    assertThat(reason(limited.extract(page("slow.txt", STORY, "text/plain"))))
        .isEqualTo("extraction took longer than 50 ms");
  }

  @Test
  void aFailureInsideTheExtractorBecomesARejection() {
    TimeLimitedExtractor limited =
        new TimeLimitedExtractor(
            page -> {
              throw new StackOverflowError();
            },
            Duration.ofSeconds(10));
    assertThat(reason(limited.extract(page("x.html", "<p>x</p>", "text/html"))))
        .isEqualTo("extraction failed: StackOverflowError");
  }

  @Test
  void aGoodPageStillPassesTheTimeLimit() {
    TimeLimitedExtractor limited = new TimeLimitedExtractor(extractor, Duration.ofSeconds(30));
    assertThat(accepted(limited.extract(page("ok.txt", STORY + "\n\n" + STORY, "text/plain"))))
        .isNotNull();
  }

  /** Distinct paragraphs, so that none is dropped as a copy, up to about {@code size} chars. */
  private static String paragraphs(int size, String open, String close) {
    StringBuilder text = new StringBuilder(size + 1000);
    for (int i = 0; text.length() < size; i++) {
      text.append(open)
          .append("Paragraph ")
          .append(i)
          .append(": ")
          .append(STORY.strip())
          .append(close);
    }
    return text.toString();
  }

  private static Page page(String name, String content, String type) {
    return new Page(name, null, content.getBytes(StandardCharsets.UTF_8), type);
  }

  private static String html(String body) {
    return "<!doctype html><html><head><title>Council expands buses</title></head><body>"
        + body
        + "</body></html>";
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static String reason(Extraction extraction) {
    assertThat(extraction).isInstanceOf(Extraction.Rejected.class);
    return ((Extraction.Rejected) extraction).reason();
  }

  private static Article accepted(Extraction extraction) {
    assertThat(extraction)
        .as(() -> extraction instanceof Extraction.Rejected r ? r.reason() : "accepted")
        .isInstanceOf(Extraction.Accepted.class);
    Article article = ((Extraction.Accepted) extraction).article();
    assertThat(article.text()).isNotBlank();
    return article;
  }
}

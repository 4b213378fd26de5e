package org.newsgraph.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.core.Article;
import org.newsgraph.core.Extraction;
import org.newsgraph.core.Page;
import org.newsgraph.extract.NewsArticleExtractor;

/**
 * Scraped pages in several layouts (see {@code src/test/resources/text/README.md}), each read whole
 * and compared with its {@code .expected} file: the metadata lines, then the body text exactly.
 */
class ScrapedTextGoldenTest {

  private final NewsArticleExtractor extractor = new NewsArticleExtractor();

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "wire-story",
        "blog-post",
        "captions-and-ads",
        "no-blank-lines",
        "hard-wrapped",
        "bracketed-dateline"
      })
  void readsTheStoryAndItsMetadata(String name) {
    assertThat(reading(resource(name + ".txt"))).isEqualTo(resource(name + ".expected"));
  }

  @Test
  void windowsAndOldMacLineEndingsReadTheSame() {
    String page = resource("wire-story.txt");
    String expected = resource("wire-story.expected");
    assertThat(reading(page.replace("\n", "\r\n"))).isEqualTo(expected);
    assertThat(reading(page.replace("\n", "\r"))).isEqualTo(expected);
  }

  private String reading(String page) {
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    Extraction extraction = extractor.extract(new Page("page.txt", null, bytes, "text/plain"));
    assertThat(extraction).isInstanceOf(Extraction.Accepted.class);
    Article a = ((Extraction.Accepted) extraction).article();
    return "title: "
        + a.title()
        + "\n"
        + "authors: "
        + String.join("; ", a.authors())
        + "\n"
        + "published: "
        + a.published()
        + "\n"
        + "dateline: "
        + a.dateline()
        + "\n"
        + "---\n"
        + a.text()
        + "\n";
  }

  private static String resource(String name) {
    try (InputStream in = ScrapedTextGoldenTest.class.getResourceAsStream("/text/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /text/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

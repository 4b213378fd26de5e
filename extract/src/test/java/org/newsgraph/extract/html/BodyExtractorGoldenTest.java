package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.core.Image;
import org.newsgraph.extract.meta.Metadata;

/**
 * Golden tests: each {@code html/golden/NAME.html} page's body, rendered as text, must equal
 * {@code NAME.txt} whole. Run with {@code -Dgolden.update=true} to rewrite the expected files,
 * then review them as a diff. The metadata given to the extractor is the page's {@code <title>}
 * and its {@code <meta name="author">}, so the tests do not depend on the metadata extractor.
 */
class BodyExtractorGoldenTest {

  static final String BASE_URI = "https://news.example.com/2023/03/story.html";
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private final BodyExtractor extractor = new BodyExtractor();

  static Stream<String> pages() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(goldenDir())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".html"))
          .map(name -> name.substring(0, name.length() - ".html".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void bodyMatchesGoldenText(String name) throws Exception {
    Path dir = goldenDir();
    Document doc =
        Jsoup.parse(dir.resolve(name + ".html").toFile(), StandardCharsets.UTF_8.name(), BASE_URI);
    String actual = render(extractor.extract(doc, metadataOf(doc)));
    Path expectedFile = sourceDir().resolve(name + ".txt");
    if (UPDATE) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(actual).isEqualTo(Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8));
  }

  /** The metadata a page declares plainly: its title element and author meta tags. */
  static Metadata metadataOf(Document doc) {
    List<String> authors = new ArrayList<>();
    for (Element meta : doc.select("meta[name=author]")) {
      authors.add(meta.attr("content"));
    }
    String title = doc.title().isBlank() ? null : doc.title();
    return new Metadata(title, authors, null, null, null, null, List.of());
  }

  /** The body as text: one paragraph a line, then the images, one a line, after a marker. */
  static String render(Body body) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : body.paragraphs()) {
      out.append(paragraph).append('\n');
    }
    if (!body.images().isEmpty()) {
      out.append("[images]\n");
      for (Image image : body.images()) {
        out.append(image.src()).append(" | ").append(image.caption()).append('\n');
      }
    }
    return out.toString();
  }

  private static Path goldenDir() throws URISyntaxException {
    URL url = BodyExtractorGoldenTest.class.getResource("/html/golden");
    return Path.of(url.toURI());
  }

  /** The golden folder in the source tree, where updated expectations are written. */
  private static Path sourceDir() {
    return Path.of("src/test/resources/html/golden");
  }
}

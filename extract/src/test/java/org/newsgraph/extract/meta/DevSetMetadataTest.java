package org.newsgraph.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.PublicationDates;
import org.newsgraph.extract.charset.PageDecoder;
import org.newsgraph.testkit.SharedData;

/** Reads the metadata of every page of the extraction developer set and checks its shape. */
class DevSetMetadataTest {

  private final PageDecoder decoder = new PageDecoder();
  private final MetadataExtractor extractor = new MetadataExtractor();

  @Test
  void everyPageGivesWellFormedMetadata() throws IOException {
    Path html = SharedData.require("data/extraction-dev/html");
    List<String> problems = new ArrayList<>();
    try (Stream<Path> pages = Files.list(html)) {
      for (Path page : pages.sorted().toList()) {
        Document doc = Jsoup.parse(decoder.decode(Files.readAllBytes(page), null).text());
        Metadata m = extractor.extract(doc, null);
        String name = page.getFileName().toString();
        if (m.published() != null) {
          PublicationDates.requireValid(m.published());
        }
        if (m.title() != null && (m.title().isBlank() || m.title().equals(m.site()))) {
          problems.add(name + ": title is the site name: " + m.title());
        }
        for (String author : m.authors()) {
          if (author.length() > 60 || author.chars().anyMatch(Character::isDigit)) {
            problems.add(name + ": not a name: " + author);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}

package org.newsgraph.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.newsgraph.core.PublicationDates;

/** Runs the commented table of publication-date cases in {@code meta/published-dates.csv}. */
class PublishedDateTableTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);

  private final MetadataExtractor extractor = new MetadataExtractor(CLOCK);

  @ParameterizedTest(name = "{1} => {2}")
  @CsvFileSource(
      resources = "/meta/published-dates.csv",
      delimiterString = " => ",
      quoteCharacter = '`',
      nullValues = "-",
      maxCharsPerColumn = 8192)
  void publicationDate(String url, String html, String expected) {
    URI pageUrl = url == null ? null : URI.create(url);
    String page = "<html><body>" + html + "</body></html>";

    Metadata metadata = extractor.extract(Jsoup.parse(page, url == null ? "" : url), pageUrl);

    assertThat(metadata.published()).isEqualTo(expected);
    if (expected != null) {
      PublicationDates.requireValid(metadata.published());
    }
  }
}

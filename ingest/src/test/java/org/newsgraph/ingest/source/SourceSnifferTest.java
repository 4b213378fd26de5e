package org.newsgraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceSnifferTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "WARC/1.1\\r\\nWARC-Type: warcinfo                                 | | WARC",
        "<?xml version='1.0'?><rss version='2.0'><channel>                 | | FEED",
        "\\uFEFF<?xml version='1.0'?>\\n<!-- feed --><feed xmlns='x'>        | | FEED",
        "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'> | | FEED",
        "<?xml version='1.0'?><urlset xmlns='s'><url>                      | | SITEMAP",
        "<sitemapindex xmlns='s'>                                          | | SITEMAP",
        "<!DOCTYPE html><html><head><title>x</title>                      | | PAGE",
        "<xml>anything</xml>                                               | application/atom+xml | FEED",
        "# morning run\\nhttps://a.example/1\\n\\nhttp://b.example/2  # wire | | URL_LIST",
        "Plain text story.\\nhttps://a.example/1                           | | PAGE",
        "# only a comment                                                  | | PAGE",
      })
  void tellsWhatADocumentIs(String head, String contentType, SourceKind expected) {
    String text = head.strip().replace("\\r", "\r").replace("\\n", "\n").replace("\\uFEFF", "\uFEFF");
    assertThat(SourceSniffer.sniff(text.getBytes(StandardCharsets.UTF_8), contentType))
        .isEqualTo(expected);
  }
}

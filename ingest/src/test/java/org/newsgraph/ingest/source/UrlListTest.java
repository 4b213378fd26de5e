package org.newsgraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlListTest {

  @Test
  void readsOneUrlPerLineSkippingCommentsAndReportingBadLines() {
    String text =
        "# morning list\n"
            + "https://a.example/1\n"
            + "\n"
            + "  http://b.example/2   # from the wire\n"
            + "ftp://c.example/3\n"
            + "https://bad example/4\n";

    assertThat(UrlList.parse("list.txt", text))
        .containsExactly(
            new Link.Address(URI.create("https://a.example/1")),
            new Link.Address(URI.create("http://b.example/2")),
            Link.failed("list.txt line 5", "not an http(s) URL: ftp://c.example/3"),
            Link.failed(
                "list.txt line 6", "malformed URL: Illegal character in authority: https://bad example/4"));
  }
}

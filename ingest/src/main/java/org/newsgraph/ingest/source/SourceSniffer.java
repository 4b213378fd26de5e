package org.newsgraph.ingest.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells what a document is from its first bytes (and the server's content type, if any): a WARC
 * archive ({@code WARC/1.x}), a feed (root element {@code rss}, {@code feed} or {@code rdf:RDF}, or
 * an RSS/Atom content type), a sitemap ({@code urlset} or {@code sitemapindex}), a list of URLs
 * (every line a URL or a comment), or else a page.
 */
final class SourceSniffer {

  /** How many leading bytes are enough to tell. */
  static final int HEAD_BYTES = 8192;

  private static final Pattern ELEMENT = Pattern.compile("<([A-Za-z_][\\w:.-]*)");

  private SourceSniffer() {}

  static SourceKind sniff(byte[] head, String contentType) {
    String text = new String(head, 0, Math.min(head.length, HEAD_BYTES), StandardCharsets.UTF_8);
    if (text.startsWith("WARC/")) {
      return SourceKind.WARC;
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("rss") || type.contains("atom")) {
      return SourceKind.FEED;
    }
    String body = text.replace("\uFEFF", "").stripLeading();
    if (body.startsWith("<")) {
      return byRootElement(body);
    }
    return isUrlList(body, head.length > HEAD_BYTES) ? SourceKind.URL_LIST : SourceKind.PAGE;
  }

  /** The first element that is not a declaration, comment or processing instruction decides. */
  private static SourceKind byRootElement(String markup) {
    String withoutComments = markup.replaceAll("(?s)<!--.*?-->", "");
    Matcher element = ELEMENT.matcher(withoutComments);
    if (!element.find()) {
      return SourceKind.PAGE;
    }
    String name = element.group(1).toLowerCase(Locale.ROOT);
    String local = name.substring(name.indexOf(':') + 1);
    switch (local) {
      case "rss", "feed", "rdf" -> {
        return SourceKind.FEED;
      }
      case "urlset", "sitemapindex" -> {
        return SourceKind.SITEMAP;
      }
      default -> {
        return SourceKind.PAGE;
      }
    }
  }

  /** Every line (but one cut by the head's end) a URL, comment or blank; one URL at least. */
  private static boolean isUrlList(String text, boolean cut) {
    String[] lines = text.split("\\R", -1);
    int complete = cut && lines.length > 1 ? lines.length - 1 : lines.length;
    int urls = 0;
    for (int i = 0; i < complete; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!UrlList.looksLikeUrl(line)) {
        return false;
      }
      urls++;
    }
    return urls > 0;
  }
}

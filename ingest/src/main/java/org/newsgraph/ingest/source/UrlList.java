package org.newsgraph.ingest.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a list of URLs: one per line; blank lines and lines starting with {@code #} are skipped,
 * and so is a comment after whitespace ({@code URL  # note}). Lines that are not http(s) URLs are
 * failed items named by their line number.
 */
final class UrlList {

  private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s+#.*$");

  private UrlList() {}

  static List<Link> parse(String name, String text) {
    List<Link> links = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = TRAILING_COMMENT.matcher(lines[i].strip()).replaceFirst("");
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      links.add(link(name + " line " + (i + 1), line));
    }
    return links;
  }

  private static Link link(String ref, String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      return Link.failed(ref, "not an http(s) URL: " + line);
    }
    try {
      URI uri = new URI(line);
      if (uri.getHost() == null) {
        return Link.failed(ref, "URL has no host: " + line);
      }
      return new Link.Address(uri);
    } catch (URISyntaxException e) {
      return Link.failed(ref, "malformed URL: " + e.getReason() + ": " + line);
    }
  }

  /** Whether {@code line} would be read as a URL (for content sniffing). */
  static boolean looksLikeUrl(String line) {
    String lower =
        TRAILING_COMMENT.matcher(line.strip()).replaceFirst("").toLowerCase(Locale.ROOT);
    return (lower.startsWith("http://") || lower.startsWith("https://")) && !lower.contains(" ");
  }
}

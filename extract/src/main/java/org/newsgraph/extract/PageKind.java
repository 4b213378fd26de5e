package org.newsgraph.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.core.Page;

/** Tells HTML from plain text by the declared type, the file name, then the content itself. */
final class PageKind {

  private static final Pattern HTML_START =
      Pattern.compile(
          "^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title|div|p|article)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern HTML_TAGS =
      Pattern.compile(
          "</(p|div|a|span|body|html|li|td|article|section)>", Pattern.CASE_INSENSITIVE);

  private PageKind() {}

  static boolean isHtml(Page page, String text) {
    String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
    if (type.contains("html") || type.contains("xml")) {
      return true;
    }
    if (type.startsWith("text/plain")) {
      return false;
    }
    String name = page.source().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return false;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return true;
    }
    String head = text.length() > 8192 ? text.substring(0, 8192) : text;
    if (HTML_START.matcher(head).lookingAt()) {
      return true;
    }
    var tags = HTML_TAGS.matcher(head);
    int count = 0;
    while (tags.find() && count < 3) {
      count++;
    }
    return count >= 3;
  }
}

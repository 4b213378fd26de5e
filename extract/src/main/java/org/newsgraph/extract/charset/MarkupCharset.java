package org.newsgraph.extract.charset;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset a page declares in its own markup: {@code <meta charset>}, {@code <meta
 * http-equiv="Content-Type">} or an XML declaration, looked for in the first bytes only, as
 * browsers do.
 */
final class MarkupCharset {

  /** How far into the page a declaration counts. */
  static final int PRESCAN_BYTES = 4096;

  private static final Pattern META = Pattern.compile("(?is)<meta\\b([^>]*)>?");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("(?s)([a-zA-Z_:-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)");
  private static final Pattern XML_DECLARATION =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");

  private MarkupCharset() {}

  /** The charset label declared in the first {@value #PRESCAN_BYTES} bytes, if any. */
  static Optional<String> label(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher meta = META.matcher(withoutComments(head));
    while (meta.find()) {
      Optional<String> label = fromMetaAttributes(meta.group(1));
      if (label.isPresent()) {
        return label;
      }
    }
    Matcher xml = XML_DECLARATION.matcher(head);
    return xml.find() ? Optional.of(xml.group(1).strip()) : Optional.empty();
  }

  /** {@code head} with each comment, closed or running to the end, replaced by a space. */
  private static String withoutComments(String head) {
    int open = head.indexOf("<!--");
    if (open < 0) {
      return head;
    }
    StringBuilder markup = new StringBuilder(head.length());
    int from = 0;
    while (open >= 0) {
      markup.append(head, from, open).append(' ');
      int close = head.indexOf("-->", open + 4);
      from = close < 0 ? head.length() : close + 3;
      open = close < 0 ? -1 : head.indexOf("<!--", from);
    }
    return markup.append(head, from, head.length()).toString();
  }

  private static Optional<String> fromMetaAttributes(String attributes) {
    String charset = null;
    String httpEquiv = null;
    String content = null;
    Matcher m = ATTRIBUTE.matcher(attributes);
    while (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      String value = unquote(m.group(2));
      if (name.equals("charset") && charset == null) {
        charset = value.strip();
      } else if (name.equals("http-equiv")) {
        httpEquiv = value.strip().toLowerCase(Locale.ROOT);
      } else if (name.equals("content")) {
        content = value;
      }
    }
    if (charset != null && !charset.isEmpty()) {
      return Optional.of(charset);
    }
    if ("content-type".equals(httpEquiv)) {
      return ContentTypeCharset.label(content);
    }
    return Optional.empty();
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}

package org.newsgraph.extract.charset;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code charset} parameter of a Content-Type value, from an HTTP header or a meta tag. */
final class ContentTypeCharset {

  private static final Pattern CHARSET =
      Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([^;\"'\\s,>]+)");

  private ContentTypeCharset() {}

  /** The charset label in {@code contentType}, or empty when it names none. */
  static Optional<String> label(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    Matcher m = CHARSET.matcher(contentType);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}

package org.newsgraph.extract.charset;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * A page's bytes decoded to text.
 *
 * @param text     the decoded text, without a byte order mark
 * @param charset  the charset used
 * @param evidence where the charset came from: {@code bom}, {@code header}, {@code meta}, {@code
 *                 detected} or {@code default}
 * @param warnings problems such as a declared charset that did not fit the bytes
 */
public record DecodedText(String text, Charset charset, String evidence, List<String> warnings) {
  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(evidence, "evidence");
    warnings = List.copyOf(warnings);
  }
}

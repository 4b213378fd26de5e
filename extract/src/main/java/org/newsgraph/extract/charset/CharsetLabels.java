package org.newsgraph.extract.charset;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the charset labels pages declare into the charsets browsers actually use for them: Latin-1
 * and ASCII labels mean windows-1252, GB2312 and GBK mean GB18030, and so on.
 */
final class CharsetLabels {

  private static final Map<String, String> BROWSER_ALIASES =
      Map.ofEntries(
          Map.entry("iso-8859-1", "windows-1252"),
          Map.entry("iso8859-1", "windows-1252"),
          Map.entry("iso_8859-1", "windows-1252"),
          Map.entry("latin1", "windows-1252"),
          Map.entry("latin-1", "windows-1252"),
          Map.entry("l1", "windows-1252"),
          Map.entry("cp1252", "windows-1252"),
          Map.entry("us-ascii", "windows-1252"),
          Map.entry("ascii", "windows-1252"),
          Map.entry("ansi_x3.4-1968", "windows-1252"),
          Map.entry("iso-8859-9", "windows-1254"),
          Map.entry("latin5", "windows-1254"),
          Map.entry("tis-620", "x-windows-874"),
          Map.entry("iso-8859-11", "x-windows-874"),
          Map.entry("utf8", "UTF-8"),
          Map.entry("unicode-1-1-utf-8", "UTF-8"),
          Map.entry("gb2312", "GB18030"),
          Map.entry("gbk", "GB18030"),
          Map.entry("x-gbk", "GB18030"),
          Map.entry("cp936", "GB18030"),
          Map.entry("euc-cn", "GB18030"),
          Map.entry("big5-hkscs", "Big5-HKSCS"),
          Map.entry("x-sjis", "Shift_JIS"),
          Map.entry("sjis", "Shift_JIS"),
          Map.entry("shift-jis", "Shift_JIS"),
          Map.entry("ms_kanji", "windows-31j"),
          Map.entry("cp932", "windows-31j"),
          Map.entry("ks_c_5601-1987", "EUC-KR"),
          Map.entry("x-euc-kr", "EUC-KR"),
          Map.entry("windows-949", "EUC-KR"),
          Map.entry("x-euc-jp", "EUC-JP"),
          Map.entry("koi8", "KOI8-R"),
          Map.entry("utf-16", "UTF-16LE"));

  private CharsetLabels() {}

  /** The charset a browser would use for {@code label}, or empty when it is unknown here. */
  static Optional<Charset> resolve(String label) {
    if (label == null) {
      return Optional.empty();
    }
    String key = label.strip().toLowerCase(Locale.ROOT);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String name = BROWSER_ALIASES.getOrDefault(key, key);
    try {
      return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    } catch (IllegalCharsetNameException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code charset} is one of the UTF-16 forms. */
  static boolean isUtf16(Charset charset) {
    return charset.equals(StandardCharsets.UTF_16)
        || charset.equals(StandardCharsets.UTF_16LE)
        || charset.equals(StandardCharsets.UTF_16BE);
  }

  /** Whether {@code charset} encodes every character in one byte. */
  static boolean isSingleByte(Charset charset) {
    return charset.newEncoder().maxBytesPerChar() <= 1.0f;
  }
}

package org.newsgraph.extract.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Decodes a page's bytes without mojibake. The charset comes from a byte order mark, else the
 * HTTP Content-Type header, else the page's own {@code <meta>} or XML declaration in its first 4
 * KB, else detection. A declared charset the bytes do not fit (invalid UTF-8 declared as UTF-8,
 * UTF-8 declared as Latin-1) gives way to the one that fits, with a warning naming both. Latin-1
 * and ASCII labels mean windows-1252, as in browsers. Stateless and thread-safe.
 */
public final class PageDecoder {

  private static final Charset UTF_8 = StandardCharsets.UTF_8;

  /** A charset a page declares and where it says so ({@code header} or {@code meta}). */
  private record Declaration(Charset charset, String source) {}

  /** Decodes {@code bytes}; {@code contentType} is the HTTP header value or {@code null}. */
  public DecodedText decode(byte[] bytes, String contentType) {
    Objects.requireNonNull(bytes, "bytes");
    Optional<ByteOrderMark> bom = ByteOrderMark.of(bytes);
    if (bom.isPresent()) {
      return fromByteOrderMark(bytes, bom.get());
    }
    List<String> warnings = new ArrayList<>();
    Optional<Declaration> declared = declaration(bytes, contentType, warnings);
    Utf8Scan scan = Utf8Scan.of(bytes, 0);
    return declared.isPresent()
        ? fit(bytes, declared.get(), scan, warnings)
        : detect(bytes, scan, warnings);
  }

  private static DecodedText fromByteOrderMark(byte[] bytes, ByteOrderMark bom) {
    int offset = bom.length();
    if (bom.charset().equals(UTF_8)) {
      Utf8Scan scan = Utf8Scan.of(bytes, offset);
      if (!scan.isValid()) {
        String text = Utf8.decodeLeniently(bytes, offset, bytes.length);
        return new DecodedText(text, UTF_8, "bom", List.of(stray(scan, "bom")));
      }
      String text = Utf8.decodeWellFormed(bytes, offset, scan.highBytes());
      return new DecodedText(text, UTF_8, "bom", List.of());
    }
    String text = new String(bytes, offset, bytes.length - offset, bom.charset());
    return new DecodedText(text, bom.charset(), "bom", List.of());
  }

  private static Optional<Declaration> declaration(
      byte[] bytes, String contentType, List<String> warnings) {
    Optional<String> header = ContentTypeCharset.label(contentType);
    if (header.isPresent()) {
      Optional<Charset> charset = CharsetLabels.resolve(header.get());
      if (charset.isPresent()) {
        return Optional.of(new Declaration(charset.get(), "header"));
      }
      warnings.add("unsupported charset '" + header.get() + "' in the HTTP header; ignored");
    }
    Optional<String> markup = MarkupCharset.label(bytes);
    if (markup.isPresent()) {
      Optional<Charset> charset = CharsetLabels.resolve(markup.get());
      if (charset.isPresent()) {
        return Optional.of(new Declaration(charset.get(), "meta"));
      }
      warnings.add("unsupported charset '" + markup.get() + "' in the page's meta tag; ignored");
    }
    return Optional.empty();
  }

  private static DecodedText fit(
      byte[] bytes, Declaration declared, Utf8Scan scan, List<String> warnings) {
    Charset charset = declared.charset();
    if (CharsetLabels.isUtf16(charset)) {
      Optional<Charset> utf16 = Utf16Pattern.of(bytes);
      if (utf16.isPresent()) {
        return decoded(bytes, utf16.get(), declared.source(), warnings);
      }
      charset = UTF_8;
    }
    if (charset.equals(UTF_8)) {
      if (scan.isValid()) {
        return wellFormed(bytes, scan, declared.source(), warnings);
      }
      if (scan.isClearlyUtf8()) {
        warnings.add(stray(scan, declared.source()));
        return lenient(bytes, declared.source(), warnings);
      }
      return guessed(bytes, scan, declared, warnings);
    }
    if (scan.sequences() > 0 && scan.isValid()) {
      warnings.add(mismatch(declared, UTF_8));
      return wellFormed(bytes, scan, "detected", warnings);
    }
    if (CharsetLabels.isSingleByte(charset)) {
      return decoded(bytes, charset, declared.source(), warnings);
    }
    String text = new String(bytes, charset);
    if (!fitsMultiByte(text, scan)) {
      return guessed(bytes, scan, declared, warnings);
    }
    return new DecodedText(text, charset, declared.source(), warnings);
  }

  /** Whether {@code text}, decoded with a multi-byte charset, has few replacement characters. */
  private static boolean fitsMultiByte(String text, Utf8Scan scan) {
    long broken = text.chars().filter(c -> c == '\ufffd').count();
    return broken <= 2 + scan.highBytes() / 100;
  }

  private static DecodedText guessed(
      byte[] bytes, Utf8Scan scan, Declaration declared, List<String> warnings) {
    CharsetDetector.Guess guess = CharsetDetector.guess(bytes, scan);
    if (guess.strayBytes() && declared.charset().equals(UTF_8)) {
      warnings.add(stray(scan, declared.source()));
      return lenient(bytes, declared.source(), warnings);
    }
    if (guess.charset().equals(declared.charset())) {
      warnings.add("some bytes are not valid " + declared.charset().name());
      return decoded(bytes, guess.charset(), declared.source(), warnings);
    }
    warnings.add(mismatch(declared, guess.charset()));
    if (guess.strayBytes()) {
      warnings.add(stray(scan, "detected"));
      return lenient(bytes, "detected", warnings);
    }
    return decoded(bytes, guess.charset(), "detected", warnings);
  }

  private static DecodedText detect(byte[] bytes, Utf8Scan scan, List<String> warnings) {
    Optional<Charset> utf16 = Utf16Pattern.of(bytes);
    if (utf16.isPresent()) {
      return decoded(bytes, utf16.get(), "detected", warnings);
    }
    if (scan.highBytes() == 0) {
      return wellFormed(bytes, scan, "default", warnings);
    }
    if (scan.isValid()) {
      return wellFormed(bytes, scan, "detected", warnings);
    }
    CharsetDetector.Guess guess =
        scan.isClearlyUtf8()
            ? new CharsetDetector.Guess(UTF_8, true)
            : CharsetDetector.guess(bytes, scan);
    if (guess.strayBytes()) {
      warnings.add(stray(scan, "detected"));
      return lenient(bytes, "detected", warnings);
    }
    return decoded(bytes, guess.charset(), "detected", warnings);
  }

  private static DecodedText decoded(
      byte[] bytes, Charset charset, String evidence, List<String> warnings) {
    return new DecodedText(new String(bytes, charset), charset, evidence, warnings);
  }

  /** Bytes that {@code scan} found to be well-formed UTF-8, decoded. */
  private static DecodedText wellFormed(
      byte[] bytes, Utf8Scan scan, String evidence, List<String> warnings) {
    String text = Utf8.decodeWellFormed(bytes, 0, scan.highBytes());
    return new DecodedText(text, UTF_8, evidence, warnings);
  }

  private static DecodedText lenient(byte[] bytes, String evidence, List<String> warnings) {
    String text = Utf8.decodeLeniently(bytes, 0, bytes.length);
    return new DecodedText(text, UTF_8, evidence, warnings);
  }

  private static String mismatch(Declaration declared, Charset used) {
    return String.format(
        Locale.ROOT,
        "declared charset %s (%s) does not fit the bytes; decoded as %s",
        declared.charset().name(),
        declared.source(),
        used.name());
  }

  private static String stray(Utf8Scan scan, String evidence) {
    return String.format(
        Locale.ROOT,
        "%d bytes are not valid UTF-8 (charset from %s); decoded them as windows-1252",
        scan.invalidBytes(),
        evidence);
  }
}

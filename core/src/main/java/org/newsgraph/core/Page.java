package org.newsgraph.core;

import java.net.URI;
import java.util.Arrays;
import java.util.Objects;

/**
 * One raw page as read from a file, standard input or the network, before any decoding.
 *
 * @param source      the input as the user gave it (path, URL or {@code -}); names the page in
 *                    results and errors
 * @param url         the page's address when it has one (fetched pages, or a page read from a
 *                    file whose address is known), else {@code null}
 * @param content     the raw bytes, undecoded; the array is copied in and out
 * @param contentType the {@code Content-Type} the server sent or the file type implies (for
 *                    example {@code text/html; charset=ISO-8859-1} or {@code text/plain}); {@code
 *                    null} when unknown, in which case the extractor sniffs the content
 */
public record Page(String source, URI url, byte[] content, String contentType) {

  public Page {
    Objects.requireNonNull(source, "source");
    content = Objects.requireNonNull(content, "content").clone();
  }

  /** A page with no known address or type, as read from a file or standard input. */
  public static Page of(String source, byte[] content) {
    return new Page(source, null, content, null);
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /** The number of bytes, without copying them. */
  public int size() {
    return content.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Page p
        && source.equals(p.source)
        && Objects.equals(url, p.url)
        && Arrays.equals(content, p.content)
        && Objects.equals(contentType, p.contentType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, url, Arrays.hashCode(content), contentType);
  }

  @Override
  public String toString() {
    return "Page[" + source + ", " + content.length + " bytes, " + contentType + "]";
  }
}

package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newsgraph.core.Page;

/**
 * Reads an {@link Input} into a raw {@link Page}: files and standard input here, URLs through the
 * {@link UrlFetcher} it was given. Only regular files are opened; inputs larger than the size cap
 * are refused, and standard input is read once. Not safe for use by several threads.
 */
public final class PageLoader {

  private final UrlFetcher fetcher;
  private final long maxBytes;
  private final InputStream stdin;
  private final AtomicBoolean stdinRead = new AtomicBoolean();

  public PageLoader(UrlFetcher fetcher, long maxBytes, InputStream stdin) {
    if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
    }
    this.fetcher = fetcher;
    this.maxBytes = maxBytes;
    this.stdin = stdin;
  }

  /** The page behind {@code input}. */
  public Page load(Input input) throws PageLoadException {
    if (input instanceof Input.File file) {
      return readFile(file);
    }
    if (input instanceof Input.Url url) {
      return fetcher.fetch(url.uri());
    }
    if (input instanceof Input.Unusable unusable) {
      throw new PageLoadException(unusable.source(), unusable.problem());
    }
    return readStdin();
  }

  private Page readFile(Input.File file) throws PageLoadException {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file.path(), BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        throw new PageLoadException(file.source(), "not a regular file");
      }
      if (attributes.size() > maxBytes) {
        throw new PageLoadException(file.source(), tooLarge(attributes.size()));
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file.path())) {
        bytes = readCapped(in, file.source());
      }
      return new Page(file.source(), null, bytes, typeOf(file.source()));
    } catch (PageLoadException e) {
      throw e;
    } catch (IOException e) {
      throw new PageLoadException(file.source(), "cannot read: " + Inputs.describe(e), e);
    }
  }

  private Page readStdin() throws PageLoadException {
    if (!stdinRead.compareAndSet(false, true)) {
      throw new PageLoadException("-", "standard input can be read only once");
    }
    try {
      return Page.of("-", readCapped(stdin, "-"));
    } catch (PageLoadException e) {
      throw e;
    } catch (IOException e) {
      throw new PageLoadException("-", "cannot read standard input: " + Inputs.describe(e), e);
    }
  }

  /** Reads at most one byte past the cap, so a growing file or endless stream is refused. */
  private byte[] readCapped(InputStream in, String source) throws IOException {
    byte[] bytes = in.readNBytes((int) maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw new PageLoadException(source, "larger than " + ByteCounts.describe(maxBytes));
    }
    return bytes;
  }

  private String tooLarge(long size) {
    return String.format(
        Locale.ROOT, "larger than %s (%,d bytes)", ByteCounts.describe(maxBytes), size);
  }

  private static String typeOf(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt")) {
      return "text/plain";
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return "text/html";
    }
    return null;
  }
}

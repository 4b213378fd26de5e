package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;
import org.newsgraph.core.Page;

/**
 * Reads an {@link Input} into a raw {@link Page}: files and standard input here, URLs through
 * the {@link UrlFetcher} it was given. Inputs larger than the size cap are refused.
 */
public final class PageLoader {

  private final UrlFetcher fetcher;
  private final long maxBytes;
  private final InputStream stdin;

  public PageLoader(UrlFetcher fetcher, long maxBytes, InputStream stdin) {
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
      long size = Files.size(file.path());
      if (size > maxBytes) {
        throw new PageLoadException(file.source(), tooLarge(size));
      }
      byte[] bytes = Files.readAllBytes(file.path());
      return new Page(file.source(), null, bytes, typeOf(file.source()));
    } catch (PageLoadException e) {
      throw e;
    } catch (IOException e) {
      throw new PageLoadException(file.source(), "cannot read: " + Inputs.describe(e), e);
    }
  }

  private Page readStdin() throws PageLoadException {
    try {
      byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new PageLoadException("-", tooLarge(bytes.length));
      }
      return Page.of("-", bytes);
    } catch (PageLoadException e) {
      throw e;
    } catch (IOException e) {
      throw new PageLoadException("-", "cannot read standard input: " + Inputs.describe(e), e);
    }
  }

  private String tooLarge(long size) {
    return String.format(Locale.ROOT, "too large: %,d bytes (limit %,d)", size, maxBytes);
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

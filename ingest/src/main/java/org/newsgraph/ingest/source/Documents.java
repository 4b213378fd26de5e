package org.newsgraph.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.newsgraph.ingest.ByteCounts;
import org.newsgraph.ingest.PageLoadException;

/** Reads the documents that list pages (feeds, sitemaps, URL lists), gzipped or not, capped. */
final class Documents {

  private Documents() {}

  /** The content of {@code file}, gunzipped when it is gzip, at most {@code maxBytes}. */
  static byte[] read(String name, Path file, long maxBytes) throws PageLoadException {
    try (InputStream in = Files.newInputStream(file)) {
      return gunzipIfNeeded(name, capped(name, in, maxBytes), maxBytes);
    } catch (PageLoadException e) {
      throw e;
    } catch (IOException e) {
      throw new PageLoadException(name, "cannot read: " + e.getMessage(), e);
    }
  }

  /** {@code content} gunzipped when it starts with the gzip magic number, else as it is. */
  static byte[] gunzipIfNeeded(String name, byte[] content, long maxBytes)
      throws PageLoadException {
    if (!isGzip(content)) {
      return content;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
      return capped(name, in, maxBytes);
    } catch (PageLoadException e) {
      throw e;
    } catch (IOException e) {
      throw new PageLoadException(name, "cannot decompress gzip: " + e.getMessage(), e);
    }
  }

  static boolean isGzip(byte[] content) {
    return content.length >= 2 && (content[0] & 0xFF) == 0x1F && (content[1] & 0xFF) == 0x8B;
  }

  private static byte[] capped(String name, InputStream in, long maxBytes) throws IOException {
    byte[] bytes = in.readNBytes((int) maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw new PageLoadException(name, "larger than " + ByteCounts.describe(maxBytes));
    }
    return bytes;
  }
}

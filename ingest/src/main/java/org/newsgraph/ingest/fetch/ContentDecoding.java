package org.newsgraph.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes a response's {@code Content-Encoding} (gzip, deflate with or without its zlib wrapper,
 * identity, or a list of them), stopping as soon as the decoded body passes the byte limit so a
 * small compressed bomb cannot fill the heap.
 */
final class ContentDecoding {

  private ContentDecoding() {}

  /** The decoded body of {@code raw} sent with {@code contentEncoding} (may be {@code null}). */
  static byte[] decode(String contentEncoding, byte[] raw, long maxBytes) throws FetchProblem {
    byte[] body = raw;
    List<String> codings = codings(contentEncoding);
    for (int i = codings.size() - 1; i >= 0; i--) {
      body = decodeOne(codings.get(i), body, maxBytes);
    }
    return body;
  }

  private static List<String> codings(String header) {
    List<String> codings = new ArrayList<>();
    if (header != null) {
      for (String token : header.split(",")) {
        String coding = token.trim().toLowerCase(Locale.ROOT);
        if (!coding.isEmpty() && !coding.equals("identity")) {
          codings.add(coding);
        }
      }
    }
    return codings;
  }

  private static byte[] decodeOne(String coding, byte[] body, long maxBytes) throws FetchProblem {
    try {
      switch (coding) {
        case "gzip", "x-gzip" -> {
          try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return readCapped(in, maxBytes);
          }
        }
        case "deflate" -> {
          Inflater inflater = new Inflater(!hasZlibHeader(body));
          try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(body), inflater)) {
            return readCapped(in, maxBytes);
          } finally {
            inflater.end();
          }
        }
        default -> throw new FetchProblem("unsupported Content-Encoding " + coding);
      }
    } catch (IOException e) {
      throw new FetchProblem("cannot decode " + coding + " body: " + e.getMessage(), e);
    }
  }

  /** Servers send "deflate" both as the zlib format the standard names and as raw deflate. */
  private static boolean hasZlibHeader(byte[] body) {
    return body.length >= 2
        && (body[0] & 0x0F) == 8
        && (((body[0] & 0xFF) << 8) | (body[1] & 0xFF)) % 31 == 0;
  }

  private static byte[] readCapped(InputStream in, long maxBytes) throws IOException, FetchProblem {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) != -1) {
      if (out.size() + (long) n > maxBytes) {
        throw FetchProblem.tooLarge(maxBytes);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}

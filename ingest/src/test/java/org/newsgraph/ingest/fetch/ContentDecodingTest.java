package org.newsgraph.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ContentDecodingTest {

  private static final byte[] TEXT =
      "<p>Story text, repeated. </p>".repeat(50).getBytes(StandardCharsets.UTF_8);

  @Test
  void passesIdentityThrough() throws FetchProblem {
    assertThat(ContentDecoding.decode(null, TEXT, 1 << 20)).isEqualTo(TEXT);
    assertThat(ContentDecoding.decode("identity", TEXT, 1 << 20)).isEqualTo(TEXT);
  }

  @Test
  void decodesGzip() throws Exception {
    assertThat(ContentDecoding.decode("gzip", gzip(TEXT), 1 << 20)).isEqualTo(TEXT);
    assertThat(ContentDecoding.decode("X-GZIP", gzip(TEXT), 1 << 20)).isEqualTo(TEXT);
  }

  @Test
  void decodesDeflateWithAndWithoutZlibWrapper() throws Exception {
    assertThat(ContentDecoding.decode("deflate", deflate(TEXT, false), 1 << 20)).isEqualTo(TEXT);
    assertThat(ContentDecoding.decode("deflate", deflate(TEXT, true), 1 << 20)).isEqualTo(TEXT);
  }

  @Test
  void undoesListedCodingsInReverseOrder() throws Exception {
    byte[] twice = gzip(deflate(TEXT, false));

    assertThat(ContentDecoding.decode("deflate, gzip", twice, 1 << 20)).isEqualTo(TEXT);
  }

  @Test
  void capsDecodedSize() throws Exception {
    byte[] bomb = gzip(new byte[10 * 1024 * 1024]);

    assertThat(bomb.length).isLessThan(64 * 1024);
    assertThatThrownBy(() -> ContentDecoding.decode("gzip", bomb, 1024 * 1024))
        .hasMessage("larger than 1 MiB");
  }

  @Test
  void reportsCorruptOrUnknownEncoding() {
    assertThatThrownBy(() -> ContentDecoding.decode("gzip", TEXT, 1 << 20))
        .hasMessage("cannot decode gzip body: Not in GZIP format");
    assertThatThrownBy(() -> ContentDecoding.decode("br", TEXT, 1 << 20))
        .hasMessage("unsupported Content-Encoding br");
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] bytes, boolean raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
    try (DeflaterOutputStream stream = new DeflaterOutputStream(out, deflater)) {
      stream.write(bytes);
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }
}

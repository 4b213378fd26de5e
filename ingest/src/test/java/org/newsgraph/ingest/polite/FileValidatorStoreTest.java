package org.newsgraph.ingest.polite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.fetch.Validators;

class FileValidatorStoreTest {

  private static final URI A = URI.create("https://news.example/a");
  private static final URI B = URI.create("https://news.example/b");

  @TempDir Path dir;

  @Test
  void keepsTheLatestValidatorsAcrossReopening() throws Exception {
    Path file = dir.resolve("validators.tsv");
    try (FileValidatorStore store = FileValidatorStore.open(file)) {
      store.put(A, new Validators("\"1\"", null));
      store.put(A, new Validators("\"2\"", "Tue, 01 Dec 2026 10:00:00 GMT"));
      store.put(B, new Validators(null, "Mon, 30 Nov 2026 08:00:00 GMT"));
    }
    try (FileValidatorStore store = FileValidatorStore.open(file)) {
      assertThat(store.get(A)).isEqualTo(new Validators("\"2\"", "Tue, 01 Dec 2026 10:00:00 GMT"));
      assertThat(store.get(B)).isEqualTo(new Validators(null, "Mon, 30 Nov 2026 08:00:00 GMT"));
      assertThat(store.get(URI.create("https://news.example/c"))).isEqualTo(Validators.NONE);
    }
  }

  @Test
  void ignoresALineCutShortByACrashAndAppendsOnANewLine() throws Exception {
    Path file = dir.resolve("validators.tsv");
    Files.writeString(file, A + "\t\"1\"\t\n" + B + "\t\"tr", StandardCharsets.UTF_8);
    try (FileValidatorStore store = FileValidatorStore.open(file)) {
      assertThat(store.get(A)).isEqualTo(new Validators("\"1\"", null));
      assertThat(store.get(B)).isEqualTo(Validators.NONE);
      store.put(B, new Validators("\"2\"", null));
    }
    try (FileValidatorStore store = FileValidatorStore.open(file)) {
      assertThat(store.get(B)).isEqualTo(new Validators("\"2\"", null));
    }
  }
}

package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The extraction dev pages ({@code data/extraction-dev/html} under the {@link SharedFolder}).
 */
final class DevPages {

  static final String RELATIVE = "data/extraction-dev/html";

  private DevPages() {}

  /** The HTML files, sorted by name; fails naming the folder when it is missing or empty. */
  static List<Path> files() {
    Path dir = directory();
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(missing(dir));
    }
    try (Stream<Path> listing = Files.list(dir)) {
      List<Path> files =
          listing.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
      if (files.isEmpty()) {
        throw new IllegalStateException("no .html files in " + dir);
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** The bytes of {@code file}, naming it when it cannot be read. */
  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static Path directory() {
    return SharedFolder.resolve(RELATIVE);
  }

  private static String missing(Path dir) {
    return SharedFolder.missing("extraction dev pages", dir);
  }
}

package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The extraction dev pages ({@code data/extraction-dev/html} under the shared folder): the
 * {@code newsgraph.shared} system property, else {@code ../shared} beside the checkout, found by
 * walking up from the working directory.
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
    String configured = System.getProperty("newsgraph.shared");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).resolve(RELATIVE).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("../shared"))) {
      dir = dir.getParent();
    }
    Path shared = dir == null ? Path.of("../shared") : dir.resolve("../shared");
    return shared.resolve(RELATIVE).toAbsolutePath().normalize();
  }

  private static String missing(Path dir) {
    return "extraction dev pages not found: "
        + dir
        + " (expected ../shared beside the checkout, or -Dnewsgraph.shared=DIR)";
  }
}

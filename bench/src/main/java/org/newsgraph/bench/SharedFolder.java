package org.newsgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared evaluation folder: the {@code newsgraph.shared} system property, else {@code
 * ../shared} beside the checkout, found by walking up from the working directory.
 */
final class SharedFolder {

  private SharedFolder() {}

  /** {@code relative} inside the shared folder, absolute and normalised; it may not exist. */
  static Path resolve(String relative) {
    String configured = System.getProperty("newsgraph.shared");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).resolve(relative).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("../shared"))) {
      dir = dir.getParent();
    }
    Path shared = dir == null ? Path.of("../shared") : dir.resolve("../shared");
    return shared.resolve(relative).toAbsolutePath().normalize();
  }

  /** The message for a missing {@code what} expected at {@code dir}. */
  static String missing(String what, Path dir) {
    return what + " not found: " + dir
        + " (expected ../shared beside the checkout, or -Dnewsgraph.shared=DIR)";
  }
}

package org.newsgraph.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared evaluation data and seed beside the checkout ({@code ../shared}, or the {@code
 * newsgraph.shared} system property). A test that needs it fails with a clear message when it is
 * missing and {@code CI=true}, and is skipped elsewhere.
 */
public final class SharedData {

  private SharedData() {}

  /** The path {@code relative} under the shared folder; fails or skips the test when absent. */
  public static Path require(String relative) {
    Path path = root().resolve(relative);
    if (!Files.exists(path)) {
      String message = "shared data not found: " + path.toAbsolutePath().normalize()
          + " (expected ../shared beside the checkout, or -Dnewsgraph.shared=DIR)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(message);
      }
      Assumptions.abort(message);
    }
    return path;
  }

  private static Path root() {
    String configured = System.getProperty("newsgraph.shared");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("../shared"))) {
      dir = dir.getParent();
    }
    return dir == null ? Path.of("../shared") : dir.resolve("../shared");
  }
}

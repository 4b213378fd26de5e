package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Builds the odd file trees input tests need: pages, links, FIFOs. */
final class FileTrees {

  private FileTrees() {}

  static Path page(Path dir, String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  /** A FIFO (named pipe) at {@code path}; skips the test where {@code mkfifo} is missing. */
  static Path fifo(Path path) throws IOException, InterruptedException {
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available: " + e.getMessage());
      throw e;
    }
    assumeTrue(mkfifo.waitFor(5, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
    return path;
  }
}

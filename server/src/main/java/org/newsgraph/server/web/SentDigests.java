package org.newsgraph.server.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The digests already sent, one line per watchlist and day in {@value #FILE} in the data
 * directory, so that a restarted server sends no digest twice.
 */
final class SentDigests {

  static final String FILE = "digests-sent.tsv";

  private final Path file;
  private final Set<String> sent = new HashSet<>();

  SentDigests(Path dataDir) throws IOException {
    this.file = dataDir.resolve(FILE);
    if (Files.exists(file)) {
      sent.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
    }
  }

  synchronized boolean contains(String watchlist, LocalDate day) {
    return sent.contains(key(watchlist, day));
  }

  synchronized void add(String watchlist, LocalDate day) throws IOException {
    String key = key(watchlist, day);
    if (sent.add(key)) {
      Files.writeString(file, key + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
  }

  private static String key(String watchlist, LocalDate day) {
    return watchlist + "\t" + day;
  }
}

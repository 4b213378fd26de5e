package org.newsgraph.server.watch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The watchlists of an index, kept in {@code watchlists.json} in its data directory. Every change
 * is written to a temporary file and moved into place, so a crash leaves the old or the new
 * list, never half of one.
 */
public final class WatchlistStore {

  /** The file name, in the index's data directory. */
  public static final String FILE = "watchlists.json";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Watchlist> lists = new LinkedHashMap<>();

  /** Opens the store in {@code dataDir}; an unreadable file is an error naming it. */
  public WatchlistStore(Path dataDir) throws IOException {
    this.file = dataDir.resolve(FILE);
    if (Files.exists(file)) {
      try {
        for (Watchlist w : json.readValue(file.toFile(), new TypeReference<List<Watchlist>>() {})) {
          lists.put(w.id(), w);
        }
      } catch (IOException e) {
        throw new IOException("cannot read watchlists from " + file + ": " + e.getMessage(), e);
      }
    }
  }

  public synchronized List<Watchlist> all() {
    return List.copyOf(lists.values());
  }

  /** The watchlist with {@code id}, or null. */
  public synchronized Watchlist get(String id) {
    return lists.get(id);
  }

  /** Saves a new watchlist under a fresh id and returns it. */
  public synchronized Watchlist create(
      String name, String created, DigestSchedule schedule, String email, List<Rule> rules)
      throws IOException {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    Watchlist w = new Watchlist("w" + HexFormat.of().formatHex(bytes), name, created, schedule,
        email, rules);
    lists.put(w.id(), w);
    save();
    return w;
  }

  /** Replaces the watchlist with the same id. */
  public synchronized void update(Watchlist w) throws IOException {
    if (!lists.containsKey(w.id())) {
      throw new IllegalArgumentException("no watchlist " + w.id());
    }
    lists.put(w.id(), w);
    save();
  }

  /** Deletes the watchlist with {@code id}; whether there was one. */
  public synchronized boolean delete(String id) throws IOException {
    boolean had = lists.remove(id) != null;
    if (had) {
      save();
    }
    return had;
  }

  private void save() throws IOException {
    Path temp = file.resolveSibling(FILE + ".tmp");
    json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), new ArrayList<>(lists.values()));
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}

package org.newsgraph.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.ingest.fetch.FetchSettings;
import org.newsgraph.ingest.fetch.HttpFetcher;
import org.newsgraph.ingest.fetch.LocalServer;
import org.newsgraph.ingest.polite.MemoryValidatorStore;
import org.newsgraph.ingest.polite.PoliteFetcher;
import org.newsgraph.ingest.polite.PolitenessSettings;
import org.newsgraph.ingest.polite.ValidatorStore;

/** Fixtures, a polite fetcher for the local server, and a way to read a source to its end. */
final class SourceFixtures {

  static final FetchSettings LOCAL =
      FetchSettings.defaults().withAllowPrivate(true).withRequestTimeout(Duration.ofSeconds(5));

  private SourceFixtures() {}

  /** The fixture {@code name} with {@code {base}} replaced by the server's address. */
  static String fixture(String name, LocalServer server) {
    try (InputStream in = SourceFixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      String base = server.uri("").toString();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{base}", base);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Sources sources(FetchSettings settings, ValidatorStore store, SourceLimits limits) {
    PolitenessSettings polite = PolitenessSettings.defaults().withHostDelay(Duration.ZERO);
    return new Sources(new PoliteFetcher(new HttpFetcher(settings), polite, store), limits);
  }

  static Sources localSources() {
    return sources(LOCAL, new MemoryValidatorStore(), SourceLimits.defaults());
  }

  /** Every item of {@code source}, in order; the source is closed after its end. */
  static List<SourceItem> readAll(Source source) {
    List<SourceItem> items = new ArrayList<>();
    try (source) {
      for (Optional<SourceItem> item = source.next(); item.isPresent(); item = source.next()) {
        items.add(item.get());
      }
    }
    return items;
  }

  /** A compact view of items for whole-list assertions: "loaded URL", "failed REF: PROBLEM". */
  static List<String> describe(List<SourceItem> items) {
    List<String> lines = new ArrayList<>();
    for (SourceItem item : items) {
      if (item instanceof SourceItem.Loaded loaded) {
        lines.add("loaded " + loaded.ref());
      } else if (item instanceof SourceItem.Failed failed) {
        lines.add("failed " + failed.ref() + ": " + failed.problem());
      } else {
        lines.add("not modified " + item.ref());
      }
    }
    return lines;
  }
}

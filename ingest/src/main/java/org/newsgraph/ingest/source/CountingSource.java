package org.newsgraph.ingest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The part every source shares: it counts what it yields and stops for good once exhausted. */
abstract class CountingSource implements Source {

  private final String name;
  private final List<SourceItem.Failed> failures = new ArrayList<>();
  private int loaded;
  private int notModified;
  private boolean exhausted;

  CountingSource(String name) {
    this.name = name;
  }

  /** The next item, or empty when there are no more; called until it is empty, not after. */
  abstract Optional<SourceItem> produce();

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Optional<SourceItem> next() {
    if (exhausted) {
      return Optional.empty();
    }
    Optional<SourceItem> item = produce();
    item.ifPresentOrElse(this::count, () -> exhausted = true);
    return item;
  }

  @Override
  public final SourceReport report() {
    return new SourceReport(name, kind(), loaded, notModified, failures.size(), failures);
  }

  /** Whether {@link #next()} has returned empty. */
  final boolean exhausted() {
    return exhausted;
  }

  private void count(SourceItem item) {
    if (item instanceof SourceItem.Loaded) {
      loaded++;
    } else if (item instanceof SourceItem.NotModified) {
      notModified++;
    } else if (item instanceof SourceItem.Failed failed) {
      failures.add(failed);
    }
  }
}

package org.newsgraph.ingest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

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

  /** The items still to come, when they can be told cheaply; asked only before exhaustion. */
  OptionalInt remaining() {
    return OptionalInt.empty();
  }

  @Override
  public final OptionalInt expected() {
    if (exhausted) {
      return OptionalInt.of(yielded());
    }
    OptionalInt remaining = remaining();
    return remaining.isPresent()
        ? OptionalInt.of(yielded() + remaining.getAsInt())
        : OptionalInt.empty();
  }

  /** How many items {@link #next()} has given. */
  final int yielded() {
    return loaded + notModified + failures.size();
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

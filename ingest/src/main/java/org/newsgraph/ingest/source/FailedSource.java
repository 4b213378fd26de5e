package org.newsgraph.ingest.source;

import java.util.Optional;

/** A source that cannot be read at all: it yields its one failure. */
final class FailedSource extends CountingSource {

  private final String problem;
  private boolean told;

  FailedSource(String name, String problem) {
    super(name);
    this.problem = problem;
  }

  @Override
  Optional<SourceItem> produce() {
    if (told) {
      return Optional.empty();
    }
    told = true;
    return Optional.of(new SourceItem.Failed(name(), problem));
  }

  @Override
  public SourceKind kind() {
    return SourceKind.UNKNOWN;
  }

  @Override
  public void close() {}
}

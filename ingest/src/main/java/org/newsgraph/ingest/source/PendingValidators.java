package org.newsgraph.ingest.source;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgraph.ingest.fetch.Validators;
import org.newsgraph.ingest.polite.ValidatorStore;

/**
 * Validators of what one source fetched, held back until the source is closed after being read to
 * its end: a run that stops half way remembers nothing, so nothing it had not stored is skipped as
 * unchanged next time.
 */
final class PendingValidators {

  private final ValidatorStore store;
  private final Map<URI, Validators> pending = new LinkedHashMap<>();

  PendingValidators(ValidatorStore store) {
    this.store = store;
  }

  void hold(URI url, Validators validators) {
    if (!validators.isEmpty()) {
      pending.put(url, validators);
    }
  }

  void remember() {
    pending.forEach(store::put);
    pending.clear();
  }
}

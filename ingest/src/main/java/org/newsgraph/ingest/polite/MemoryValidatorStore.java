package org.newsgraph.ingest.polite;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.ingest.fetch.Validators;

/** A {@link ValidatorStore} that lasts as long as the process. Safe for use by several threads. */
public final class MemoryValidatorStore implements ValidatorStore {

  private final Map<String, Validators> validators = new ConcurrentHashMap<>();

  @Override
  public Validators get(URI url) {
    return validators.getOrDefault(url.toString(), Validators.NONE);
  }

  @Override
  public void put(URI url, Validators known) {
    if (known.isEmpty()) {
      validators.remove(url.toString());
    } else {
      validators.put(url.toString(), known);
    }
  }
}

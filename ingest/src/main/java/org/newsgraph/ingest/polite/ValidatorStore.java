package org.newsgraph.ingest.polite;

import java.net.URI;
import org.newsgraph.ingest.fetch.Validators;

/** Remembers the validators (ETag, Last-Modified) of the pages already read, by address. */
public interface ValidatorStore {

  /** The validators remembered for {@code url}, or {@link Validators#NONE}. */
  Validators get(URI url);

  /** Remembers {@code validators} for {@code url}; empty validators forget it. */
  void put(URI url, Validators validators);
}

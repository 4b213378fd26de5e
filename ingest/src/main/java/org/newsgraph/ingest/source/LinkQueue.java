package org.newsgraph.ingest.source;

import java.util.Iterator;
import java.util.OptionalInt;

/** The links of a document still to be read, and how many, when that is known without reading. */
interface LinkQueue extends Iterator<Link> {

  /** How many links are left, or empty when only reading on (fetching more) would tell. */
  OptionalInt left();
}

package org.newsgraph.core;

/** The kinds of named things NewsGraph tracks. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  /** Countries, cities, regions and other places. */
  LOCATION,
  /** Nationalities, religious and political groups ("Japanese", "Democrats"). */
  NORP,
  /** Other named things: events, laws, products, works. */
  MISC
}

package org.newsgraph.core;

/** Whether the text says an event took place or that it did not ("no calls", "did not meet"). */
public enum Polarity {
  POSITIVE,
  NEGATIVE
}

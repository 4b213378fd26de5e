package org.newsgraph.core;

/** The TIMEX3 types of time expression. */
public enum TimeType {
  DATE,
  TIME,
  DURATION,
  SET
}

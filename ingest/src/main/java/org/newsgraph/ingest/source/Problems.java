package org.newsgraph.ingest.source;

/** Library exceptions as one line for a report. */
final class Problems {

  private Problems() {}

  /** The exception's message on one line, or its type when it has none. */
  static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s+", " ").strip();
  }
}

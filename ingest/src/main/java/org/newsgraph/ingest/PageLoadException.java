package org.newsgraph.ingest;

import java.io.IOException;

/** An input that could not be read or fetched; the message names the input and the problem. */
public class PageLoadException extends IOException {

  private final String source;

  public PageLoadException(String source, String problem) {
    super(source + ": " + problem);
    this.source = source;
  }

  public PageLoadException(String source, String problem, Throwable cause) {
    super(source + ": " + problem, cause);
    this.source = source;
  }

  /** The input as the user gave it. */
  public String source() {
    return source;
  }
}

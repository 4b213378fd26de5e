package org.newsgraph.ingest;

import java.io.IOException;

/** An input that could not be read or fetched; the message names the input and the problem. */
public class PageLoadException extends IOException {

  private final String source;
  private final String problem;

  public PageLoadException(String source, String problem) {
    this(source, problem, null);
  }

  public PageLoadException(String source, String problem, Throwable cause) {
    super(source + ": " + problem, cause);
    this.source = source;
    this.problem = problem;
  }

  /** The input as the user gave it. */
  public String source() {
    return source;
  }

  /** What went wrong, in one line, without the input's name. */
  public String problem() {
    return problem;
  }
}

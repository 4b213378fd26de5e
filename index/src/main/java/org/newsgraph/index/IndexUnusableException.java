package org.newsgraph.index;

import java.io.IOException;
import java.nio.file.Path;

/** The data directory holds no index, an index of another schema, or one that cannot be read. */
public final class IndexUnusableException extends IOException {

  public IndexUnusableException(Path dir, String problem) {
    super(dir + ": " + problem);
  }

  public IndexUnusableException(Path dir, String problem, Throwable cause) {
    super(dir + ": " + problem, cause);
  }
}

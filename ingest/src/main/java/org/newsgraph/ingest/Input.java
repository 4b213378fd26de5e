package org.newsgraph.ingest;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/** One input named by the user, resolved to what it is: a file, standard input or a URL. */
public sealed interface Input {

  /** The input as the user gave it (for a file found in a directory, its path). */
  String source();

  /** A file on disk. */
  record File(Path path) implements Input {
    public File {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String source() {
      return path.toString();
    }
  }

  /** Standard input, named {@code -}. */
  record StandardInput() implements Input {
    @Override
    public String source() {
      return "-";
    }
  }

  /** An http or https address. */
  record Url(URI uri) implements Input {
    public Url {
      Objects.requireNonNull(uri, "uri");
    }

    @Override
    public String source() {
      return uri.toString();
    }
  }

  /**
   * An input that could not be resolved, kept in its place so a batch can report it and go on.
   *
   * @param problem one line naming what is wrong
   */
  record Unusable(String source, String problem) implements Input {}
}

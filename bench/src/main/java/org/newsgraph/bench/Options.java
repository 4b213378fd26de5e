package org.newsgraph.bench;

import java.nio.file.Path;

/** The {@code --name value} options of the summary mains. */
final class Options {

  private final String[] args;

  Options(String[] args) {
    this.args = args.clone();
  }

  /** The positive whole number after {@code name}, else {@code fallback}. */
  int count(String name, int fallback) {
    String value = value(name);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        name + " must be a whole number of at least 1, not " + value);
  }

  /** The path after {@code name}, else {@code fallback}. */
  Path path(String name, Path fallback) {
    String value = value(name);
    return value == null ? fallback : Path.of(value);
  }

  /** Whether {@code name} is given. */
  boolean flag(String name) {
    for (String arg : args) {
      if (arg.equals(name)) {
        return true;
      }
    }
    return false;
  }

  private String value(String name) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(name)) {
        if (i + 1 == args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i + 1];
      }
    }
    return null;
  }
}

package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that work through many inputs. */
final class BatchThreads {

  /** The most threads a batch may use. */
  static final int MAX = 64;

  @Option(
      names = "--threads",
      defaultValue = "1",
      paramLabel = "N",
      description = "Inputs worked on at once, from 1 to " + MAX + " (default: ${DEFAULT-VALUE}).")
  int threads;

  /** Throws a usage error naming the option when the count is out of range. */
  void validate(CommandLine cli) {
    if (threads < 1 || threads > MAX) {
      throw new CommandLine.ParameterException(
          cli, "--threads must be from 1 to " + MAX + ", not " + threads);
    }
  }

  /** The number of threads asked for. */
  int count() {
    return threads;
  }
}

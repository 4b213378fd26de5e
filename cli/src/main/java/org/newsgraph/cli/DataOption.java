package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option of the commands that use the index. */
final class DataOption {

  @Option(
      names = "--data",
      defaultValue = "newsgraph-data",
      paramLabel = "DIR",
      description = "The index directory (default: ./${DEFAULT-VALUE}).")
  Path data;
}

package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code newsgraph} command. */
@Command(
    name = "newsgraph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Reads news pages into clean articles and the facts in them.",
    subcommands = {ExtractCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class NewsGraphCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new NewsGraphCommand());
    cli.setExecutionExceptionHandler(new OneLineErrors());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }
}

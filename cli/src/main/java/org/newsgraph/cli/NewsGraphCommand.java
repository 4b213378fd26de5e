package org.newsgraph.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** The top-level {@code newsgraph} command. */
@Command(
    name = "newsgraph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    scope = ScopeType.INHERIT,
    description = "Reads news pages into clean articles and the facts in them.",
    subcommands = {
      ExtractCommand.class,
      AnalyzeCommand.class,
      IngestCommand.class,
      WatchCommand.class,
      ServeCommand.class,
      ExportCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class NewsGraphCommand implements Runnable {

  private final InputStream stdin;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private NewsGraphCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** What {@code -} reads. */
  InputStream stdin() {
    return stdin;
  }

  /** Runs the command line on the process's streams, in UTF-8, and exits with its code. */
  public static void main(String[] args) {
    CommandLine cli = commandLine();
    cli.setOut(utf8(System.out));
    cli.setErr(utf8(System.err));
    System.exit(cli.execute(args));
  }

  /** The configured command line, reading standard input; shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    return commandLine(System.in);
  }

  /** The configured command line, reading {@code stdin} where an input is {@code -}. */
  static CommandLine commandLine(InputStream stdin) {
    CommandLine cli = new CommandLine(new NewsGraphCommand(stdin));
    cli.setExecutionExceptionHandler(new OneLineErrors());
    cli.setParameterExceptionHandler(new UsageErrors());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }

  private static PrintWriter utf8(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}

package org.newsgraph.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escapes a command into one line on standard error and exit code 1 (2 for
 * misuse), never a stack trace. Set {@code NEWSGRAPH_DEBUG=1} to see the trace.
 */
final class OneLineErrors implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    Throwable shown = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String message =
        shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
    cli.getErr().println(cli.getCommandSpec().qualifiedName() + ": " + message.strip());
    if (System.getenv("NEWSGRAPH_DEBUG") != null) {
      e.printStackTrace(cli.getErr());
    }
    cli.getErr().flush();
    return e instanceof IllegalArgumentException ? CommandLine.ExitCode.USAGE : 1;
  }
}

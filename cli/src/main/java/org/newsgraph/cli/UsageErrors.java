package org.newsgraph.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a usage error as one line on standard error, naming the command, the problem, any likely
 * intended option and where help is, and exits with code 2. The full usage stays behind {@code
 * --help}.
 */
final class UsageErrors implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    String command = cli.getCommandSpec().qualifiedName();
    StringBuilder line = new StringBuilder(command).append(": ").append(oneLine(e.getMessage()));
    if (e instanceof UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        line.append(" (did you mean ").append(String.join(" or ", suggestions)).append("?)");
      }
    }
    line.append("; see '").append(command).append(" --help'");
    cli.getErr().println(line);
    cli.getErr().flush();
    return cli.getCommandSpec().exitCodeOnInvalidInput();
  }

  private static String oneLine(String message) {
    return message == null ? "invalid arguments" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}

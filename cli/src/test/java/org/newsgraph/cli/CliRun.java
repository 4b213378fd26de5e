package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs the {@code newsgraph} command line in-process with captured output.
 *
 * @param exitCode the command's exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record CliRun(int exitCode, String out, String err) {

  /** Runs {@code args} with empty standard input. */
  static CliRun run(String... args) {
    return runWithStdin("", args);
  }

  /** Runs {@code args} with {@code stdin} on standard input. */
  static CliRun runWithStdin(String stdin, String... args) {
    InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    CommandLine cli = NewsGraphCommand.commandLine(in);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exitCode = cli.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** Standard output's lines. */
  List<String> outLines() {
    return out.lines().toList();
  }

  /** Standard error's lines. */
  List<String> errLines() {
    return err.lines().toList();
  }

  /** Checks that standard error holds no stack trace, whatever else it says. */
  CliRun assertNoStackTrace() {
    assertThat(err).doesNotContain("\tat ").doesNotContain("Exception in thread");
    assertThat(errLines()).noneMatch(line -> line.matches("^\\s+at .*"));
    return this;
  }
}

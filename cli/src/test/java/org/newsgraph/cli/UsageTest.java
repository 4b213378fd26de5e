package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsageTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--help                   | Usage: newsgraph [",
        "-h                       | Usage: newsgraph [",
        "extract --help           | Usage: newsgraph extract [",
        "eval --help              | Usage: newsgraph eval [",
        "eval extraction --help   | Usage: newsgraph eval extraction [",
        "help                     | Usage: newsgraph [",
        "help extract             | Usage: newsgraph extract [",
        "help eval                | Usage: newsgraph eval [",
        "help --help              | Usage: newsgraph help [",
      })
  void printsHelpForEveryCommand(String args, String usage) {
    CliRun run = CliRun.run(args.split(" "));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains(usage);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void extractHelpNamesInputsFormatsAndExitCodes() {
    String help = CliRun.run("extract", "--help").out();

    assertThat(help)
        .contains("--format=FORMAT", "text, json or jsonl", "--published=YYYY-MM-DD")
        .contains("--allow-private", "INPUT...", "Exit codes:", "2   usage error")
        .doesNotContain("--fetch-timeout");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"--version", "-V", "extract --version"})
  void printsVersion(String args) {
    CliRun run = CliRun.run(args.split(" "));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("newsgraph ");
    assertThat(run.outLines()).hasSize(1);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                                     | newsgraph: a command is required",
        "frobnicate                             | newsgraph: Unmatched argument at index 0:"
            + " 'frobnicate'",
        "eval                                   | newsgraph eval: name what to evaluate",
        "extract                                | newsgraph extract: Missing required parameter:"
            + " 'INPUT'",
        "extract --bogus page.html              | newsgraph extract: Unknown option: '--bogus'",
        "extract --formt json page.html         | newsgraph extract: Unknown option: '--formt' (did"
            + " you mean --format?)",
        "extract --format xml page.html         | newsgraph extract: Invalid value for option"
            + " '--format': expected one of [TEXT, JSON, JSONL]",
        "extract --published 2024-13-01 x.html  | newsgraph extract: Invalid value for option"
            + " '--published': '2024-13-01' is not a date of the form YYYY-MM-DD",
        "extract --published yesterday x.html   | newsgraph extract: Invalid value for option"
            + " '--published': 'yesterday' is not a date",
        "extract --time-limit 0 page.html       | newsgraph extract: --time-limit must be a"
            + " positive number of seconds, not 0",
        "extract --fetch-timeout -1 page.html   | newsgraph extract: --fetch-timeout must be a"
            + " positive number of seconds, not -1",
        "extract --time-limit soon page.html    | newsgraph extract: Invalid value for option"
            + " '--time-limit'",
        "extract --threads 0 page.html          | newsgraph extract: --threads must be from 1 to"
            + " 64, not 0",
        "analyze --threads 65 page.html         | newsgraph analyze: --threads must be from 1 to"
            + " 64, not 65",
        "eval extraction --html x               | newsgraph eval extraction: Missing required"
            + " option: '--gold=GOLD-DIR'",
        "eval events --petrarch missing.xml     | newsgraph eval events: --petrarch: not a file:"
            + " missing.xml",
      })
  void reportsUsageErrorInOneLineWithExitCode2(String args, String message) {
    CliRun run = CliRun.run(args.isEmpty() ? new String[0] : args.split(" "));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith(message).contains("--help'");
    run.assertNoStackTrace();
  }
}

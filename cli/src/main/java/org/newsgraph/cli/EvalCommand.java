package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsgraph eval}: scores a stage against an evaluation set. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Scores a pipeline stage against an evaluation set.",
    subcommands = {
      EvalExtractionCommand.class,
      EvalSeedCommand.class,
      EvalTimeCommand.class,
      EvalEventsCommand.class,
      EvalQuotesCommand.class,
      EvalNerCommand.class
    })
final class EvalCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name what to evaluate, e.g. 'eval extraction'");
  }
}

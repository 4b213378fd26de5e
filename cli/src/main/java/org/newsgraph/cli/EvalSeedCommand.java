package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.core.Extraction;
import org.newsgraph.core.Page;
import org.newsgraph.extract.NewsArticleExtractor;
import org.newsgraph.nlp.StandardReading;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph eval seed}: our reading of the seed page against a careful human's. */
@Command(
    name = "seed",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a page with its expected.json's publication date and checks every item a careful"
          + " reader takes from it (clean text, quotes, people, times, events), as"
          + " shared/tools/check_seed.py does. Exits 1 when an item is missing.",
    })
final class EvalSeedCommand implements Callable<Integer> {

  @Option(
      names = "--expected",
      required = true,
      paramLabel = "FILE",
      description = "The careful reading, e.g. ../shared/seed/expected.json.")
  Path expectedFile;

  @Option(
      names = "--part",
      defaultValue = "all",
      paramLabel = "PART",
      description = "clean, quotes, people, times, events, a comma-separated list, or all.")
  String part;

  @Option(
      names = "--result",
      paramLabel = "FILE",
      description = "Score this analyze --format json output instead of analysing the page.")
  Path resultFile;

  @Parameters(
      arity = "0..1",
      paramLabel = "PAGE",
      description = "The page to read (default: the .txt file beside --expected).")
  Path page;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode expected = json.readTree(readable(expectedFile, "--expected").toFile());
    JsonNode result = resultFile != null ? firstResult(json.readTree(readable(resultFile, "--result").toFile())) : analyse(expected, json);
    SeedScorer scorer = new SeedScorer(expected);
    PrintWriter out = spec.commandLine().getOut();
    List<String> lines = new ArrayList<>();
    boolean all = true;
    for (String name : part.equals("all") ? SeedScorer.PARTS : List.of(part.split(","))) {
      if (!SeedScorer.PARTS.contains(name)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--part: unknown part " + name + " (one of " + SeedScorer.PARTS + ")");
      }
      List<SeedScorer.Check> checks = scorer.score(name, result);
      long found = checks.stream().filter(SeedScorer.Check::found).count();
      checks.stream().filter(c -> !c.found()).forEach(c -> out.println("  missing [" + name + "] " + c.label()));
      lines.add(name + " " + found + "/" + checks.size());
      all &= found == checks.size();
    }
    out.println("seed: " + String.join(", ", lines));
    return all ? 0 : 1;
  }

  private JsonNode analyse(JsonNode expected, ObjectMapper json) throws IOException {
    Path pagePath = page != null ? page : besideExpected();
    byte[] bytes = Files.readAllBytes(readable(pagePath, "PAGE"));
    Extraction extraction = new NewsArticleExtractor().extract(new Page(pagePath.toString(), null, bytes, null));
    if (!(extraction instanceof Extraction.Accepted accepted)) {
      throw new IllegalStateException(pagePath + ": rejected: " + ((Extraction.Rejected) extraction).reason());
    }
    String published = expected.path("published").asText(null);
    var article = published == null ? accepted.article() : accepted.article().withPublished(published);
    return json.valueToTree(AnalysisJson.of(StandardReading.create().read(article), accepted.warnings()));
  }

  private Path besideExpected() throws IOException {
    Path dir = expectedFile.toAbsolutePath().getParent();
    try (var files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst()
          .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "no .txt page beside " + expectedFile + "; name the PAGE"));
    }
  }

  private static JsonNode firstResult(JsonNode node) {
    return node.isArray() ? node.get(0) : node;
  }

  private Path readable(Path file, String what) {
    if (!Files.isReadable(file) || Files.isDirectory(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), what + ": cannot read " + file);
    }
    return file;
  }
}

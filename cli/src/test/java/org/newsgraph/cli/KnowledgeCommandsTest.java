package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge-base commands end to end on the bundled example pages, with the real reading stage:
 * ingest (and ingest again), export.
 */
class KnowledgeCommandsTest {

  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;

  private static Path data;
  private static CliRun first;
  private static JsonNode report;

  @BeforeAll
  static void ingestTheExamples() throws Exception {
    data = tmp.resolve("data");
    Path reportFile = tmp.resolve("report.json");
    first =
        CliRun.run(
            "ingest",
            "--data",
            data.toString(),
            "--threads",
            "2",
            "--report",
            reportFile.toString(),
            EXAMPLES.toString());
    report = JSON.readTree(reportFile.toFile());
  }

  @Test
  void ingestIndexesEveryExampleAndReportsPerSource() {
    first.assertNoStackTrace();
    assertThat(first.exitCode()).as(first.err()).isZero();
    int pages = (int) EXAMPLES.toFile().list((d, n) -> !n.equals("README.md")).length;
    assertThat(report.at("/indexed").asInt()).isEqualTo(pages);
    assertThat(report.at("/sources/0/source").asText()).isEqualTo(EXAMPLES.toString());
    assertThat(report.at("/sources/0/outcomes/INDEXED").asInt()).isEqualTo(pages);
    assertThat(first.err()).contains(pages + " indexed").contains("holds " + pages + " articles");
  }

  @Test
  void ingestingAgainAddsNothing() throws Exception {
    CliRun again = CliRun.run("ingest", "--data", data.toString(), EXAMPLES.toString());
    assertThat(again.exitCode()).isZero();
    assertThat(again.err()).contains("0 indexed").contains("3 already ingested");
    CliRun articles = CliRun.run("export", "--data", data.toString(), "--format", "jsonl");
    assertThat(articles.outLines()).hasSize(3);
    for (String line : articles.outLines()) {
      JsonNode article = JSON.readTree(line);
      String text = article.at("/annotated/article/text").asText();
      for (JsonNode entity : article.at("/annotated/entities")) {
        for (JsonNode m : entity.get("mentions")) {
          assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
              .isEqualTo(m.get("text").asText());
        }
      }
    }
  }

  @Test
  void exportWritesOneCsvFilePerKind() throws Exception {
    Path out = tmp.resolve("csv");
    CliRun run =
        CliRun.run(
            "export", "--data", data.toString(), "--format", "csv", "--output", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> entities = Files.readAllLines(out.resolve("entities.csv"));
    assertThat(entities.get(0))
        .isEqualTo("id,type,name,aliases,roles,articles,mentions,first_seen,last_seen");
    assertThat(entities).hasSizeGreaterThan(5);
    assertThat(Files.readAllLines(out.resolve("events.csv")).get(0)).startsWith("id,date,action");
    assertThat(out.resolve("quotes.csv")).exists();
    assertThat(out.resolve("articles.csv")).exists();
  }

  @Test
  void aMissingIndexIsOneLineAndExitCodeOne() {
    CliRun run =
        CliRun.run("export", "--data", tmp.resolve("nothing").toString(), "--format", "csv");
    run.assertNoStackTrace();
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("newsgraph export: ")
        .contains("no such directory");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(CliRun.run("ingest", "--threads", "0", EXAMPLES.toString()).exitCode()).isEqualTo(2);
    assertThat(CliRun.run("export", "--format", "xml").exitCode()).isEqualTo(2);
    assertThat(
            CliRun.run("export", "--format", "csv", "--kind", "cats", "--data", data.toString())
                .exitCode())
        .isEqualTo(2);
    assertThat(CliRun.run("serve", "--port", "70000").exitCode()).isEqualTo(2);
  }
}

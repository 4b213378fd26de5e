package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The knowledge-base commands end to end on the bundled example pages, with the real reading stage:
 * ingest (and ingest again), export, serve.
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
    int pages = (int) EXAMPLES.toFile().list((d, n) -> !n.equals("README.md")).length;
    CliRun again = CliRun.run("ingest", "--data", data.toString(), EXAMPLES.toString());
    assertThat(again.exitCode()).isZero();
    assertThat(again.err()).contains("0 indexed").contains(pages + " already ingested");
    CliRun articles = CliRun.run("export", "--data", data.toString(), "--format", "jsonl");
    assertThat(articles.outLines()).hasSize(pages);
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
    CliRun kind = CliRun.run("ingest", "--kind", "podcast", EXAMPLES.toString());
    assertThat(kind.exitCode()).isEqualTo(2);
    assertThat(kind.err()).contains("'podcast' is not a source kind").contains("url-list");
    CliRun every = CliRun.run("watch", "--every", "soon", EXAMPLES.toString());
    assertThat(every.exitCode()).isEqualTo(2);
    assertThat(every.err()).contains("'soon' is not a duration");
  }

  @Test
  void eachIngestRunIsRecordedForTheStatusPage() throws Exception {
    List<String> runs = Files.readAllLines(data.resolve("ingest-runs.jsonl"));
    JsonNode firstRun = JSON.readTree(runs.get(0));
    assertThat(firstRun.get("origin").asText()).isEqualTo("cli");
    assertThat(firstRun.at("/report/sources/0/source").asText()).isEqualTo(EXAMPLES.toString());
    assertThat(firstRun.at("/report/indexed").asInt()).isEqualTo(report.at("/indexed").asInt());
  }

  @Test
  void serveShowsTheWebUiAndTheApiOverTheIndex() throws Exception {
    CommandLine cli = NewsGraphCommand.commandLine();
    cli.parseArgs("serve", "--data", data.toString(), "--port", "0");
    ServeCommand serve = cli.getSubcommands().get("serve").getCommand();
    try (Serving serving = serve.start()) {
      String base = "http://127.0.0.1:" + serving.port();
      HttpResponse<String> search = get(base + "/search?q=Barents");
      assertThat(search.statusCode()).isEqualTo(200);
      assertThat(search.body()).contains("<form").contains("Barents");
      JsonNode entities = JSON.readTree(get(base + "/api/entities?q=Barents").body());
      String id = entities.at("/items/0/id").asText();
      assertThat(id).isNotEmpty();
      HttpResponse<String> entity = get(base + "/entities/" + id);
      assertThat(entity.statusCode()).isEqualTo(200);
      assertThat(entity.body()).contains(entities.at("/items/0/name").asText());
      HttpResponse<String> status = get(base + "/ingest");
      assertThat(status.body()).contains(EXAMPLES.toString()).contains("(cli)");
    }
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}

package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STORY_SENTENCE = "The river burst its banks on Monday night";
  private static final String TEXT_SENTENCE = "High winds closed the coastal road on Tuesday";

  @TempDir Path dir;

  private LocalServer server;
  private Path storyHtml;
  private Path storyText;

  @BeforeEach
  void setUp() throws IOException {
    server = new LocalServer();
    storyHtml = copy("story.html", dir.resolve("story.html"));
    storyText = copy("story.txt", dir.resolve("story.txt"));
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @ParameterizedTest(name = "--threads {0}")
  @ValueSource(strings = {"1", "3"})
  void printsJsonlInInputOrderAndGoesOnPastFailures(String threads) throws IOException {
    Path tree = dir.resolve("tree");
    copy("story.txt", tree.resolve("a.txt"));
    copy("story.html", tree.resolve("sub/b.html"));
    server.on("/story", LocalServer.page("text/html; charset=UTF-8", resource("story.html")));
    String url = server.url("/story");
    String missing = dir.resolve("missing.html").toString();
    String piped = new String(resource("story.html"), StandardCharsets.UTF_8);

    CliRun run =
        CliRun.runWithStdin(
            piped,
            "extract",
            "--format",
            "jsonl",
            "--threads",
            threads,
            "--allow-private",
            storyHtml.toString(),
            missing,
            tree.toString(),
            "-",
            url,
            storyText.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    List<JsonNode> results = jsonLines(run.out());
    assertThat(results)
        .extracting(result -> result.get("source").asText())
        .containsExactly(
            storyHtml.toString(),
            missing,
            tree.resolve("a.txt").toString(),
            tree.resolve("sub/b.html").toString(),
            "-",
            url,
            storyText.toString());
    assertThat(results.get(1).get("error").asText()).isEqualTo("no such file or directory");
    assertThat(results.get(1).has("text")).isFalse();
    for (int i : new int[] {0, 3, 4, 5}) {
      assertArticle(results.get(i), STORY_SENTENCE);
    }
    assertArticle(results.get(2), TEXT_SENTENCE);
    assertArticle(results.get(6), TEXT_SENTENCE);
    assertThat(run.errLines())
        .containsExactly("newsgraph extract: " + missing + ": no such file or directory");
    run.assertNoStackTrace();
  }

  @Test
  void reportsUnreadableDirectoryEntriesInPlaceAndGoesOn() throws Exception {
    Path tree = dir.resolve("tree");
    copy("story.txt", tree.resolve("a.txt"));
    Path fifo = tree.resolve("b-pipe.html");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor(5, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "needs mkfifo");
    Files.createSymbolicLink(tree.resolve("c-broken.html"), tree.resolve("gone.html"));
    copy("story.html", tree.resolve("d.html"));

    CliRun run = CliRun.run("extract", "--format", "jsonl", tree.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines())
        .containsExactly(
            "newsgraph extract: " + fifo + ": not a regular file",
            "newsgraph extract: " + tree.resolve("c-broken.html") + ": broken symbolic link");
    List<JsonNode> results = jsonLines(run.out());
    assertThat(results).hasSize(4);
    assertArticle(results.get(0), TEXT_SENTENCE);
    assertArticle(results.get(3), STORY_SENTENCE);
  }

  @Test
  void stopsWhenOutputIsClosed() {
    server.on("/story", LocalServer.page("text/html", resource("story.html")));
    CommandLine cli = NewsGraphCommand.commandLine(InputStream.nullInputStream());
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(new BrokenPipe()));
    cli.setErr(new PrintWriter(err, true));

    int exitCode =
        cli.execute(
            "extract",
            "--allow-private",
            storyText.toString(),
            server.url("/story"),
            server.url("/story"));

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("newsgraph extract: output closed; stopped\n");
    assertThat(server.requests()).isZero();
  }

  @Test
  void exitsZeroWhenEveryInputIsRead() {
    CliRun run = CliRun.run("extract", "--format", "jsonl", storyHtml.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertArticle(jsonLines(run.out()).get(0), STORY_SENTENCE);
  }

  @Test
  void reportsPageThatIsNotAnArticleAsRejected() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.html"));

    CliRun run = CliRun.run("extract", "--format", "jsonl", empty.toString());

    JsonNode result = jsonLines(run.out()).get(0);
    assertThat(run.exitCode()).isZero();
    assertThat(result.get("source").asText()).isEqualTo(empty.toString());
    assertThat(result.get("rejected").asText()).isNotBlank();
    assertThat(result.has("text")).isFalse();
  }

  @Test
  void refusesLoopbackUrlWithoutTheFlag() {
    server.on("/story", LocalServer.page("text/html", resource("story.html")));
    String url = server.url("/story");

    CliRun run = CliRun.run("extract", "--format", "jsonl", url, storyText.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    String problem = "refused: 127.0.0.1 is a loopback address (use --allow-private to allow)";
    assertThat(run.errLines()).containsExactly("newsgraph extract: " + url + ": " + problem);
    List<JsonNode> results = jsonLines(run.out());
    assertThat(results.get(0).get("error").asText()).isEqualTo(problem);
    assertArticle(results.get(1), TEXT_SENTENCE);
    assertThat(server.requests()).isZero();
  }

  @Test
  void reportsRedirectLoopInOneLine() {
    server.on("/a", LocalServer.redirect("/b")).on("/b", LocalServer.redirect("/a"));
    String url = server.url("/a");

    CliRun run = CliRun.run("extract", "--allow-private", url);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines())
        .containsExactly("newsgraph extract: " + url + ": redirect loop at " + url);
    run.assertNoStackTrace();
  }

  @Test
  void timesOutOnSlowServerInOneLine() {
    server.on("/slow", LocalServer.trickle());
    String url = server.url("/slow");

    CliRun run =
        CliRun.run("extract", "--allow-private", "--fetch-timeout", "1", url, storyText.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines())
        .containsExactly("newsgraph extract: " + url + ": timed out after 1 s");
    assertThat(run.out()).contains(TEXT_SENTENCE);
    run.assertNoStackTrace();
  }

  @Test
  void printsJsonObjectForOneInputAndArrayForSeveral() throws IOException {
    JsonNode one =
        JSON.readTree(CliRun.run("extract", "--format", "json", storyHtml.toString()).out());
    JsonNode several =
        JSON.readTree(
            CliRun.run("extract", "--format", "JSON", storyHtml.toString(), storyText.toString())
                .out());

    assertThat(one.isObject()).isTrue();
    assertArticle(one, STORY_SENTENCE);
    assertThat(several.isArray()).isTrue();
    assertThat(several).hasSize(2);
    assertArticle(several.get(1), TEXT_SENTENCE);
  }

  @Test
  void printsReadableText() {
    CliRun run =
        CliRun.run(
            "extract",
            storyHtml.toString(),
            dir.resolve("missing.html").toString(),
            storyText.toString());

    assertThat(run.out())
        .contains("source: " + storyHtml)
        .contains("title: River floods market town")
        .contains(STORY_SENTENCE)
        .contains("source: " + dir.resolve("missing.html") + "\nerror: no such file or directory")
        .contains(TEXT_SENTENCE)
        .doesNotContain("{", "\"");
    assertThat(run.out().split("=".repeat(72))).hasSize(3);
  }

  @Test
  void overridesPublicationDate() {
    CliRun run =
        CliRun.run(
            "extract", "--format", "jsonl", "--published", "2020-02-29", storyText.toString());

    assertThat(jsonLines(run.out()).get(0).get("published").asText()).isEqualTo("2020-02-29");
  }

  /** What a closed pipe looks like to a writer. */
  private static final class BrokenPipe extends Writer {
    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      throw new IOException("Broken pipe");
    }

    @Override
    public void flush() throws IOException {
      throw new IOException("Broken pipe");
    }

    @Override
    public void close() {}
  }

  private static void assertArticle(JsonNode result, String sentence) {
    assertThat(result.has("error")).as("error in %s", result).isFalse();
    assertThat(result.has("rejected")).as("rejected: %s", result).isFalse();
    assertThat(result.get("text").asText()).contains(sentence);
    assertThat(result.fieldNames())
        .toIterable()
        .contains("source", "title", "authors", "published", "language", "site", "url")
        .contains("dateline", "text", "images", "warnings");
  }

  private static List<JsonNode> jsonLines(String out) {
    return out.lines()
        .map(
            line -> {
              try {
                return JSON.readTree(line);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .toList();
  }

  private static byte[] resource(String name) {
    try (InputStream in = ExtractCommandTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path copy(String name, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    return Files.write(target, resource(name));
  }
}

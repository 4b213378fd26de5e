package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.KnowledgeWriter;
import org.newsgraph.index.KnownEntity;
import org.newsgraph.index.RecordKind;
import org.newsgraph.index.StoredArticle;

class IngestPipelineTest {

  @TempDir Path tmp;

  @Test
  void aSecondRunOfTheSameSourcesAddsNothing() throws IOException {
    Path pages = tmp.resolve("pages");
    Fixtures.writeStories(pages, 12);
    Path data = tmp.resolve("data");
    IngestReport first = ingest(data, pages, 2);
    IngestReport second = ingest(data, pages, 1);
    assertThat(first.sources().get(0).reasons()).isEmpty();
    assertThat(first.indexed()).isEqualTo(12);
    assertThat(first.sources().get(0).count(PageOutcome.INDEXED)).isEqualTo(12);
    assertThat(second.indexed()).isZero();
    assertThat(second.sources().get(0).count(PageOutcome.ALREADY_INGESTED)).isEqualTo(12);
    assertExactlyOnce(data, 12);
  }

  @Test
  void theReportNamesEachSourceAndWhyPagesWereNotIndexed() throws IOException {
    Path pages = tmp.resolve("pages");
    Fixtures.writeStories(pages, 3);
    Files.writeString(pages.resolve("empty.html"), "<html><body></body></html>");
    Path data = tmp.resolve("data");
    IngestReport report;
    try (KnowledgeWriter writer = KnowledgeWriter.open(data)) {
      report =
          Fixtures.pipeline(writer, Fixtures.boardReading(0), 2, 10)
              .run(
                  List.of(Fixtures.source(pages), Fixtures.source(tmp.resolve("missing.html"))),
                  ProgressListener.SILENT);
    }
    SourceReport folder = report.sources().get(0);
    assertThat(folder.pages()).isEqualTo(4);
    assertThat(folder.fetched()).isEqualTo(4);
    assertThat(folder.extracted()).isEqualTo(3);
    assertThat(folder.count(PageOutcome.REJECTED)).isEqualTo(1);
    assertThat(folder.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.page()).endsWith("empty.html"));
    SourceReport missing = report.sources().get(1);
    assertThat(missing.count(PageOutcome.FAILED)).isEqualTo(1);
    assertThat(missing.reasons()).containsKey("no such file or directory");
    assertThat(report.anyFailed()).isTrue();
  }

  @Test
  void aKilledRunLosesNothingCommittedAndTheNextRunFinishesWithoutDoubles() throws Exception {
    Path pages = tmp.resolve("pages");
    int count = 120;
    Fixtures.writeStories(pages, count);
    Path data = tmp.resolve("data");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                IngestChild.class.getName(),
                data.toString(),
                pages.toString(),
                "150")
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("child.log").toFile())
            .start();
    int seen = waitForSomeCommits(data, child, tmp.resolve("child.log"));
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(seen).isBetween(1, count - 1);

    int kept = assertExactlyOnce(data, -1);
    assertThat(kept).isGreaterThanOrEqualTo(seen).isLessThan(count);

    IngestReport rest = ingest(data, pages, 2);
    assertThat(rest.sources().get(0).count(PageOutcome.ALREADY_INGESTED)).isEqualTo(kept);
    assertThat(rest.indexed()).isEqualTo(count - kept);
    assertExactlyOnce(data, count);
  }

  private static int waitForSomeCommits(Path data, Process child, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && child.isAlive()) {
      if (hasCommit(data)) {
        try (KnowledgeBase kb = KnowledgeBase.open(data)) {
          int n = kb.articleCount();
          if (n >= 10) {
            return n;
          }
        } catch (IOException notYet) {
          // the first commit is being written; look again
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the child committed nothing in time; alive=" + child.isAlive()
        + "; its output: " + (Files.exists(log) ? Files.readString(log) : "none"));
  }

  /**
   * Whether the index in {@code data} has a commit. Any generation counts: Lucene deletes each
   * commit point once the next is written.
   */
  private static boolean hasCommit(Path data) throws IOException {
    if (!Files.isDirectory(data)) {
      return false;
    }
    try (java.util.stream.Stream<Path> files = Files.list(data)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
    }
  }

  private IngestReport ingest(Path data, Path pages, int threads) throws IOException {
    try (KnowledgeWriter writer = KnowledgeWriter.open(data)) {
      return Fixtures.pipeline(writer, Fixtures.boardReading(0), threads, 4)
          .run(List.of(Fixtures.source(pages)), ProgressListener.SILENT);
    }
  }

  /** Checks every article is there once and the merged board counts each once; returns how many. */
  private static int assertExactlyOnce(Path data, int expected) throws IOException {
    try (KnowledgeBase kb = KnowledgeBase.open(data)) {
      List<String> ids = new ArrayList<>();
      kb.forEach(RecordKind.ARTICLES, (StoredArticle a) -> ids.add(a.id()));
      assertThat(ids).doesNotHaveDuplicates();
      if (expected >= 0) {
        assertThat(ids).hasSize(expected);
      }
      List<KnownEntity> entities = new ArrayList<>();
      kb.forEach(RecordKind.ENTITIES, entities::add);
      assertThat(entities)
          .singleElement()
          .satisfies(
              board -> {
                assertThat(board.articles())
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(ids);
                assertThat(board.mentions()).isEqualTo(ids.size());
              });
      return ids.size();
    }
  }
}

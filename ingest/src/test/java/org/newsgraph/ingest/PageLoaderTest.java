package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.newsgraph.ingest.FileTrees.page;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.Page;
import org.newsgraph.ingest.fetch.FetchSettings;
import org.newsgraph.ingest.fetch.HttpFetcher;

class PageLoaderTest {

  private static final InputStream NO_STDIN = InputStream.nullInputStream();

  @TempDir Path dir;

  private static PageLoader loader(long maxBytes, InputStream stdin) {
    return new PageLoader(new HttpFetcher(FetchSettings.defaults()), maxBytes, stdin);
  }

  @Test
  void readsFilesWithTypeFromExtension() throws Exception {
    Path html = page(dir, "story.html", "<p>caf\u00e9</p>");
    Path text = page(dir, "story.txt", "caf\u00e9");
    PageLoader loader = loader(1024, NO_STDIN);

    Page htmlPage = loader.load(new Input.File(html));
    Page textPage = loader.load(new Input.File(text));

    assertThat(htmlPage.source()).isEqualTo(html.toString());
    assertThat(htmlPage.url()).isNull();
    assertThat(htmlPage.contentType()).isEqualTo("text/html");
    assertThat(htmlPage.content()).isEqualTo("<p>caf\u00e9</p>".getBytes(StandardCharsets.UTF_8));
    assertThat(textPage.contentType()).isEqualTo("text/plain");
  }

  @Test
  void refusesFileLargerThanCap() throws Exception {
    Path big = Files.write(dir.resolve("big.html"), new byte[2048]);

    assertThatThrownBy(() -> loader(1024, NO_STDIN).load(new Input.File(big)))
        .isInstanceOf(PageLoadException.class)
        .hasMessage(big + ": larger than 1 KiB (2,048 bytes)");
  }

  @Test
  void readsStandardInputOnce() throws Exception {
    byte[] html = "<p>piped</p>".getBytes(StandardCharsets.UTF_8);
    PageLoader loader = loader(1024, new ByteArrayInputStream(html));

    Page page = loader.load(new Input.StandardInput());

    assertThat(page.source()).isEqualTo("-");
    assertThat(page.content()).isEqualTo(html);
    assertThatThrownBy(() -> loader.load(new Input.StandardInput()))
        .hasMessage("-: standard input can be read only once");
  }

  @Test
  void refusesStandardInputLargerThanCap() {
    PageLoader loader = loader(1024, new ByteArrayInputStream(new byte[5000]));

    assertThatThrownBy(() -> loader.load(new Input.StandardInput()))
        .hasMessage("-: larger than 1 KiB");
  }

  @Test
  void reportsUnusableInputAsLoadFailure() {
    Input missing = Inputs.expand(List.of(dir.resolve("missing.html").toString())).get(0);

    assertThatThrownBy(() -> loader(1024, NO_STDIN).load(missing))
        .isInstanceOfSatisfying(
            PageLoadException.class,
            e -> {
              assertThat(e.source()).isEqualTo(dir.resolve("missing.html").toString());
              assertThat(e.problem()).isEqualTo("no such file or directory");
            });
  }

  @Test
  void reportsFileThatFailsToRead() throws Exception {
    // /proc/self/mem is a regular file whose first page cannot be read: an honest I/O error,
    // where permissions would not stop the root user the tests may run as.
    Path mem = Path.of("/proc/self/mem");
    assumeTrue(Files.isRegularFile(mem), "needs Linux /proc");
    Path link = Files.createSymbolicLink(dir.resolve("unreadable.html"), mem);

    assertThatThrownBy(() -> loader(1024, NO_STDIN).load(new Input.File(link)))
        .hasMessage(link + ": cannot read: Input/output error");
  }

  @Test
  void refusesFifoThatAppearsAfterExpansionWithoutBlocking() throws Exception {
    Path fifo = FileTrees.fifo(dir.resolve("late.html"));

    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () ->
            assertThatThrownBy(() -> loader(1024, NO_STDIN).load(new Input.File(fifo)))
                .hasMessage(fifo + ": not a regular file"));
  }

  @Test
  void refusesUrlToLoopbackBeforeConnecting() {
    URI uri = URI.create("http://127.0.0.1:9/story");

    assertThatThrownBy(() -> loader(1024, NO_STDIN).load(new Input.Url(uri)))
        .hasMessage(
            uri + ": refused: 127.0.0.1 is a loopback address (use --allow-private to allow)");
  }
}

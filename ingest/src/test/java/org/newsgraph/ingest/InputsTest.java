package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.newsgraph.ingest.FileTrees.page;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputsTest {

  @TempDir Path dir;

  @Test
  void keepsOrderOfMixedInputs() throws IOException {
    Path single = page(dir, "single.html", "<p>one</p>");
    Path tree = dir.resolve("tree");
    page(tree, "b.txt", "two");
    page(tree, "a.html", "<p>three</p>");

    List<Input> inputs =
        Inputs.expand(
            List.of(
                single.toString(),
                "https://news.example/story",
                tree.toString(),
                "-",
                dir.resolve("missing.html").toString()));

    assertThat(inputs)
        .containsExactly(
            new Input.File(single),
            new Input.Url(URI.create("https://news.example/story")),
            new Input.File(tree.resolve("a.html")),
            new Input.File(tree.resolve("b.txt")),
            new Input.StandardInput(),
            new Input.Unusable(
                dir.resolve("missing.html").toString(), "no such file or directory"));
  }

  @Test
  void walksDirectoryRecursivelyInPathOrderByExtension() throws IOException {
    page(dir, "z.html", "z");
    page(dir, "sub/deeper/m.xhtml", "m");
    page(dir, "sub/b.htm", "b");
    page(dir, "UPPER.HTML", "u");
    page(dir, "notes.txt", "n");
    page(dir, "style.css", "c");
    page(dir, "data.json", "{}");
    page(dir, "README", "r");

    List<String> sources = sources(Inputs.expand(List.of(dir.toString())));

    assertThat(sources)
        .containsExactly(
            dir.resolve("UPPER.HTML").toString(),
            dir.resolve("notes.txt").toString(),
            dir.resolve("sub/b.htm").toString(),
            dir.resolve("sub/deeper/m.xhtml").toString(),
            dir.resolve("z.html").toString());
  }

  @Test
  void followsLinksButNotLinkLoops() throws IOException {
    page(dir, "pages/a.html", "a");
    Path elsewhere = page(dir, "elsewhere/b.html", "b");
    Files.createSymbolicLink(dir.resolve("pages/linked.html"), elsewhere);
    Files.createSymbolicLink(dir.resolve("pages/loop"), dir.resolve("pages"));

    List<Input> inputs =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> Inputs.expand(List.of(dir.resolve("pages").toString())));

    assertThat(inputs)
        .containsExactly(
            new Input.File(dir.resolve("pages/a.html")),
            new Input.File(dir.resolve("pages/linked.html")));
  }

  @Test
  void reportsEntriesThatAreNotRegularFilesInPlace() throws Exception {
    page(dir, "a.html", "a");
    FileTrees.fifo(dir.resolve("b-pipe.html"));
    Files.createSymbolicLink(dir.resolve("c-broken.html"), dir.resolve("nowhere.html"));
    page(dir, "d-folder.html/inner.txt", "inner");
    page(dir, "e.html", "e");

    List<Input> inputs = Inputs.expand(List.of(dir.toString()));

    assertThat(inputs)
        .containsExactly(
            new Input.File(dir.resolve("a.html")),
            new Input.Unusable(dir.resolve("b-pipe.html").toString(), "not a regular file"),
            new Input.Unusable(dir.resolve("c-broken.html").toString(), "broken symbolic link"),
            new Input.File(dir.resolve("d-folder.html/inner.txt")),
            new Input.File(dir.resolve("e.html")));
  }

  @Test
  void reportsNamedFifoAndBrokenLinkWithoutOpeningThem() throws Exception {
    Path fifo = FileTrees.fifo(dir.resolve("pipe.html"));
    Path broken = Files.createSymbolicLink(dir.resolve("broken.html"), dir.resolve("gone.html"));

    List<Input> inputs = Inputs.expand(List.of(fifo.toString(), broken.toString()));

    assertThat(inputs)
        .containsExactly(
            new Input.Unusable(fifo.toString(), "not a regular file"),
            new Input.Unusable(broken.toString(), "broken symbolic link"));
  }

  @Test
  void reportsDirectoryWithoutPages() throws IOException {
    page(dir, "style.css", "c");

    assertThat(Inputs.expand(List.of(dir.toString())))
        .containsExactly(
            new Input.Unusable(dir.toString(), "no pages found (.html .htm .xhtml .txt)"));
  }

  @Test
  void reportsUnreadableSubdirectoryAndGoesOn() throws IOException {
    page(dir, "a.html", "a");
    Path locked = Files.createDirectory(dir.resolve("locked"));
    page(dir, "z.html", "z");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "permissions do not stop this user (root)");

      assertThat(Inputs.expand(List.of(dir.toString())))
          .containsExactly(
              new Input.File(dir.resolve("a.html")),
              new Input.Unusable(locked.toString(), "cannot read: permission denied"),
              new Input.File(dir.resolve("z.html")));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void reportsPathTheFileSystemCannotName() {
    assertThat(Inputs.expand(List.of("bad\0name.html")))
        .containsExactly(
            new Input.Unusable("bad\0name.html", "invalid path: Nul character not allowed"));
  }

  @Test
  void readsDashAsStandardInput() {
    assertThat(Inputs.expand(List.of("-"))).containsExactly(new Input.StandardInput());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "http://news.example/a     | http://news.example/a",
        "HTTPS://News.Example/b?c=d | HTTPS://News.Example/b?c=d",
      })
  void recognisesHttpAddresses(String name, String uri) {
    assertThat(Inputs.expand(List.of(name))).containsExactly(new Input.Url(URI.create(uri)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ftp://files.example/a.html   | only http and https URLs can be read, not ftp",
        "file:///etc/passwd           | only http and https URLs can be read, not file",
        "gopher://old.example/        | only http and https URLs can be read, not gopher",
        "http:///no-host              | URL has no host",
        "http://news.example:99999/   | malformed URL: port out of range",
        "http://news example/         | malformed URL: Illegal character in authority",
      })
  void refusesAddressesItCannotFetch(String name, String problem) {
    assertThat(Inputs.expand(List.of(name))).containsExactly(new Input.Unusable(name, problem));
  }

  private static List<String> sources(List<Input> inputs) {
    return inputs.stream().map(Input::source).toList();
  }
}

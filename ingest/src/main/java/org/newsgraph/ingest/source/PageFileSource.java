package org.newsgraph.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.newsgraph.core.Page;
import org.newsgraph.ingest.Input;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.ingest.PageLoadException;
import org.newsgraph.ingest.PageLoader;

/**
 * Page files: one file, or every page file under a directory (as {@link Inputs} finds them). The
 * files are listed when the first item or their number is asked for.
 */
final class PageFileSource extends CountingSource {

  private final SourceKind kind;
  private final PageLoader loader;
  private List<Input> files;
  private int read;

  PageFileSource(String name, SourceKind kind, long maxBytes) {
    super(name);
    this.kind = kind;
    this.loader =
        new PageLoader(
            uri -> {
              throw new PageLoadException(uri.toString(), "a page file source reads no URLs");
            },
            maxBytes,
            InputStream.nullInputStream());
  }

  @Override
  Optional<SourceItem> produce() {
    if (read == files().size()) {
      return Optional.empty();
    }
    Input input = files().get(read++);
    try {
      Page page = loader.load(input);
      return Optional.of(new SourceItem.Loaded(page, modified(input)));
    } catch (PageLoadException e) {
      return Optional.of(new SourceItem.Failed(e.source(), e.problem()));
    }
  }

  @Override
  OptionalInt remaining() {
    return OptionalInt.of(files().size() - read);
  }

  private List<Input> files() {
    if (files == null) {
      files = Inputs.expand(List.of(name()));
    }
    return files;
  }

  private static Instant modified(Input input) {
    try {
      return input instanceof Input.File file
          ? Files.getLastModifiedTime(file.path()).toInstant()
          : Instant.now();
    } catch (IOException e) {
      return Instant.now();
    }
  }

  @Override
  public SourceKind kind() {
    return kind;
  }

  @Override
  public void close() {}
}

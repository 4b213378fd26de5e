package org.newsgraph.ingest.polite;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.newsgraph.ingest.fetch.Validators;

/**
 * A {@link ValidatorStore} kept in a file: one line per change, {@code URL TAB ETag TAB
 * Last-Modified}, the last line for a URL wins. Appending keeps every change made before a crash;
 * a line cut short by one is ignored when the file is read again. Safe for use by several threads.
 */
public final class FileValidatorStore implements ValidatorStore, AutoCloseable {

  private final MemoryValidatorStore known = new MemoryValidatorStore();
  private final BufferedWriter out;

  private FileValidatorStore(Path file) throws IOException {
    boolean cutShort = false;
    if (Files.exists(file)) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      text.lines().forEach(this::load);
      cutShort = !text.isEmpty() && !text.endsWith("\n");
    }
    out =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    if (cutShort) {
      out.write('\n');
    }
  }

  /** The store in {@code file}, created when it does not exist. */
  public static FileValidatorStore open(Path file) throws IOException {
    return new FileValidatorStore(file);
  }

  @Override
  public Validators get(URI url) {
    return known.get(url);
  }

  @Override
  public synchronized void put(URI url, Validators validators) {
    if (known.get(url).equals(validators)) {
      return;
    }
    known.put(url, validators);
    try {
      out.write(url + "\t" + field(validators.etag()) + "\t" + field(validators.lastModified()));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write validators: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }

  private void load(String line) {
    List<String> fields = List.of(line.split("\t", -1));
    if (fields.size() != 3) {
      return;
    }
    try {
      known.put(new URI(fields.get(0)), new Validators(fields.get(1), fields.get(2)));
    } catch (URISyntaxException e) {
      // A line cut short or edited by hand: the page is simply fetched in full again.
    }
  }

  /** Header values cannot hold line breaks; a tab would break the line, so it is dropped. */
  private static String field(String value) {
    return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}

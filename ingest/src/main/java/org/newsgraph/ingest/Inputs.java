package org.newsgraph.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands the inputs a user names into single inputs, in the order given: a directory becomes
 * the pages under it (recursively, sorted by path, by extension), {@code -} is standard input, an
 * {@code http(s)://} address is a URL, anything else a file. Problems become {@link
 * Input.Unusable} entries in place, never exceptions.
 */
public final class Inputs {

  /** The extensions a directory is searched for. */
  public static final Set<String> PAGE_EXTENSIONS = Set.of(".html", ".htm", ".xhtml", ".txt");

  private Inputs() {}

  /** The single inputs that {@code names} stand for. */
  public static List<Input> expand(List<String> names) {
    List<Input> inputs = new ArrayList<>();
    for (String name : names) {
      expandOne(name, inputs);
    }
    return inputs;
  }

  private static void expandOne(String name, List<Input> inputs) {
    if (name.equals("-")) {
      inputs.add(new Input.StandardInput());
      return;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      inputs.add(url(name));
      return;
    }
    if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
      inputs.add(new Input.Unusable(name, "unsupported URL scheme (only http and https)"));
      return;
    }
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      walk(name, path, inputs);
    } else if (Files.exists(path)) {
      inputs.add(new Input.File(path));
    } else {
      inputs.add(new Input.Unusable(name, "no such file or directory"));
    }
  }

  private static Input url(String name) {
    try {
      URI uri = new URI(name);
      if (uri.getHost() == null || uri.getHost().isBlank()) {
        return new Input.Unusable(name, "URL has no host");
      }
      return new Input.Url(uri);
    } catch (URISyntaxException e) {
      return new Input.Unusable(name, "malformed URL: " + e.getReason());
    }
  }

  private static void walk(String name, Path dir, List<Input> inputs) {
    List<Input> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && isPage(file)) {
                found.add(new Input.File(file));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              found.add(new Input.Unusable(file.toString(), "cannot read: " + describe(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      inputs.add(new Input.Unusable(name, "cannot read directory: " + describe(e)));
      return;
    }
    found.sort((a, b) -> a.source().compareTo(b.source()));
    inputs.addAll(found);
  }

  private static boolean isPage(Path file) {
    String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = fileName.lastIndexOf('.');
    return dot >= 0 && PAGE_EXTENSIONS.contains(fileName.substring(dot));
  }

  static String describe(IOException e) {
    String kind =
        e instanceof java.nio.file.AccessDeniedException
            ? "permission denied"
            : e instanceof java.nio.file.NoSuchFileException
                ? "no such file"
                : e.getClass().getSimpleName();
    return e.getMessage() == null || kind.equals("permission denied") || kind.equals("no such file")
        ? kind
        : kind + ": " + e.getMessage();
  }
}

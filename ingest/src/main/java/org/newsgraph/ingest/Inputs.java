package org.newsgraph.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the inputs a user names into single inputs, in the order given: a directory becomes the
 * pages under it (recursively, following links, sorted by path, by extension), {@code -} is
 * standard input, an {@code http(s)://} address is a URL, anything else a file. Only regular files
 * are read: a FIFO or device named like a page is reported, never opened. A link back to a
 * directory already being walked is skipped, since its pages are in the walk already. Problems
 * become {@link Input.Unusable} entries in place, never exceptions.
 */
public final class Inputs {

  /** The extensions a directory is searched for. */
  public static final Set<String> PAGE_EXTENSIONS = Set.of(".html", ".htm", ".xhtml", ".txt");

  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://");

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
    Matcher scheme = SCHEME.matcher(name);
    if (scheme.find()) {
      String lower = scheme.group(1).toLowerCase(Locale.ROOT);
      inputs.add(
          lower.equals("http") || lower.equals("https")
              ? url(name)
              : new Input.Unusable(name, "only http and https URLs can be read, not " + lower));
      return;
    }
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      inputs.add(new Input.Unusable(name, "invalid path: " + e.getReason()));
      return;
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      String problem =
          Files.isSymbolicLink(path) ? "broken symbolic link" : "no such file or directory";
      inputs.add(new Input.Unusable(name, problem));
      return;
    } catch (IOException e) {
      inputs.add(new Input.Unusable(name, "cannot read: " + describe(e)));
      return;
    }
    if (attributes.isDirectory()) {
      walk(name, path, inputs);
    } else if (attributes.isRegularFile()) {
      inputs.add(new Input.File(path));
    } else {
      inputs.add(new Input.Unusable(name, "not a regular file"));
    }
  }

  private static Input url(String name) {
    try {
      URI uri = new URI(name);
      if (uri.getHost() == null || uri.getHost().isBlank()) {
        return new Input.Unusable(name, "URL has no host");
      }
      if (uri.getPort() > 65_535) {
        return new Input.Unusable(name, "malformed URL: port out of range");
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
          dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new Finder(found));
    } catch (IOException e) {
      inputs.add(new Input.Unusable(name, "cannot read directory: " + describe(e)));
      return;
    }
    if (found.isEmpty()) {
      inputs.add(new Input.Unusable(name, "no pages found (.html .htm .xhtml .txt)"));
      return;
    }
    found.sort(Comparator.comparing(Input::source));
    inputs.addAll(found);
  }

  /** Collects the pages under a directory and the entries that could not be read. */
  private static final class Finder extends SimpleFileVisitor<Path> {

    private final List<Input> found;

    Finder(List<Input> found) {
      this.found = found;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      if (!isPage(file)) {
        return FileVisitResult.CONTINUE;
      }
      if (attributes.isRegularFile()) {
        found.add(new Input.File(file));
      } else if (attributes.isSymbolicLink()) {
        found.add(new Input.Unusable(file.toString(), "broken symbolic link"));
      } else {
        found.add(new Input.Unusable(file.toString(), "not a regular file"));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (!(e instanceof FileSystemLoopException) && (isPage(file) || Files.isDirectory(file))) {
        found.add(new Input.Unusable(file.toString(), "cannot read: " + describe(e)));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        found.add(new Input.Unusable(dir.toString(), "cannot read directory: " + describe(e)));
      }
      return FileVisitResult.CONTINUE;
    }
  }

  private static boolean isPage(Path file) {
    Path fileName = file.getFileName();
    if (fileName == null) {
      return false;
    }
    String lower = fileName.toString().toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    return dot >= 0 && PAGE_EXTENSIONS.contains(lower.substring(dot));
  }

  /** An I/O failure in a few words, without the file name the caller already gives. */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof FileSystemException fileProblem && fileProblem.getReason() != null) {
      return fileProblem.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}

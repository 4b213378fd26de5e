package org.newsgraph.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the tab-separated word lists on the class path; {@code #} starts a comment line. */
final class WordLists {

  private WordLists() {}

  /** The rows of {@code resource}: its non-blank, non-comment lines split on tabs and trimmed. */
  static List<List<String>> rows(String resource) {
    ClassLoader loader = WordLists.class.getClassLoader();
    try (InputStream raw = loader.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource on the class path: " + resource);
      }
      InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
      List<List<String>> rows = new ArrayList<>();
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          List<String> cells = new ArrayList<>();
          for (String cell : line.split("\t")) {
            cells.add(cell.trim());
          }
          rows.add(cells);
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }

  /** Our own list {@code name} beside this class. */
  static List<List<String>> own(String name) {
    return rows("org/newsgraph/nlp/entity/" + name);
  }

  /** The first cell of each row. */
  static List<String> firstCells(List<List<String>> rows) {
    return rows.stream().map(r -> r.get(0)).filter(s -> !s.isEmpty()).toList();
  }

  /** Splits a phrase into its words on single spaces. */
  static List<String> words(String phrase) {
    return Arrays.asList(phrase.trim().split(" +"));
  }
}

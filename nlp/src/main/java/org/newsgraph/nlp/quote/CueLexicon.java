package org.newsgraph.nlp.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The verbs that attribute words or thoughts, by lemma, read from {@code cue-verbs.csv}: their
 * class, whether their addressee belongs to the cue ("told parliament"), whether any complement
 * is their content or only a clause, and a preposition that belongs to the cue ("referring to");
 * and the nouns that do the same, from {@code cue-nouns.csv}, with the words that introduce their
 * content ("claim that", "call for"). Immutable.
 */
final class CueLexicon {

  private static final String RESOURCE = "cue-verbs.csv";
  private static final String NOUNS = "cue-nouns.csv";

  private final Map<String, CueClass> classes;
  private final Set<String> takesObject;
  private final Set<String> anyComplement;
  private final Map<String, String> prepositions;
  private final Map<String, Set<String>> nouns;

  private CueLexicon(Map<String, CueClass> classes, Set<String> takesObject, Set<String> anyComplement,
      Map<String, String> prepositions, Map<String, Set<String>> nouns) {
    this.classes = Map.copyOf(classes);
    this.takesObject = Set.copyOf(takesObject);
    this.anyComplement = Set.copyOf(anyComplement);
    this.prepositions = Map.copyOf(prepositions);
    this.nouns = Map.copyOf(nouns);
  }

  /** The lexicon shipped with this package. */
  static CueLexicon standard() {
    Map<String, CueClass> classes = new HashMap<>();
    Set<String> takesObject = new HashSet<>();
    Set<String> anyComplement = new HashSet<>();
    Map<String, String> prepositions = new HashMap<>();
    for (String[] fields : rows(RESOURCE)) {
      String lemma = fields[0].strip().toLowerCase(Locale.ROOT);
      classes.put(lemma, CueClass.valueOf(fields[1].strip()));
      if (fields[2].strip().equals("yes")) {
        takesObject.add(lemma);
      }
      if (fields[3].strip().equals("any")) {
        anyComplement.add(lemma);
      }
      if (fields.length > 4 && !fields[4].isBlank()) {
        prepositions.put(lemma, fields[4].strip());
      }
    }
    Map<String, Set<String>> nouns = new HashMap<>();
    for (String[] fields : rows(NOUNS)) {
      nouns.put(fields[0].strip().toLowerCase(Locale.ROOT), Set.of(fields[1].strip().split("\\s+")));
    }
    return new CueLexicon(classes, takesObject, anyComplement, prepositions, nouns);
  }

  /** The rows of a commented CSV resource, header left out. */
  private static List<String[]> rows(String resource) {
    try (InputStream in = CueLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(line.split(","));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * The words that may follow a noun lemma and introduce its content ("that", "for"), or
   * {@code null} when the noun is no cue.
   */
  Set<String> nounComplements(String lemma) {
    return nouns.get(lemma);
  }

  /** The class of a verb lemma, or {@code null} when it is no cue. */
  CueClass classOf(String lemma) {
    return classes.get(lemma);
  }

  /** Whether whatever follows the verb is its content, not only a reported clause. */
  boolean takesAnyComplement(String lemma) {
    return anyComplement.contains(lemma);
  }

  /** The preposition that belongs to the cue after the verb ("referring to"), or {@code null}. */
  String preposition(String lemma) {
    return prepositions.get(lemma);
  }

  /** Whether the verb's addressee belongs to the cue. */
  boolean takesObject(String lemma) {
    return takesObject.contains(lemma);
  }
}

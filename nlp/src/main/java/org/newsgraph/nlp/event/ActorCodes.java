package org.newsgraph.nlp.event;

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
import java.util.function.Consumer;

/**
 * Country and sector codes from words: country names, demonyms, capitals and seats of
 * government ({@code countries.tsv}, then the JDK's English country names), and sector words
 * ({@code sectors.tsv}). Names match whole words, case-sensitively; sector words by lemma.
 */
final class ActorCodes {

  /** A code found in a run of words: which words, and whether they name the country itself. */
  record Found(String code, int start, int end, Kind kind) {}

  /** What a matched name is. */
  enum Kind {
    COUNTRY,
    DEMONYM,
    CITY
  }

  private static final int LONGEST = 8;

  private final Map<String, String> codes = new HashMap<>();
  private final Map<String, Kind> kinds = new HashMap<>();
  private final Map<String, String> sectors = new HashMap<>();
  private final Map<String, Integer> sectorRanks = new HashMap<>();

  private ActorCodes() {}

  static ActorCodes load() {
    ActorCodes codes = new ActorCodes();
    read("countries.tsv", codes::addCountry);
    read("sectors.tsv", codes::addSector);
    for (String iso2 : Locale.getISOCountries()) {
      Locale country = new Locale("", iso2);
      codes.put(country.getDisplayCountry(Locale.ENGLISH), country.getISO3Country(), Kind.COUNTRY);
    }
    return codes;
  }

  private static void read(String resource, Consumer<String[]> row) {
    try (InputStream in = ActorCodes.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          row.accept(line.split("\\|", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private void addCountry(String[] f) {
    if (f.length != 4) {
      throw new IllegalStateException("countries.tsv: four fields expected: " + String.join("|", f));
    }
    Kind[] order = {Kind.COUNTRY, Kind.DEMONYM, Kind.CITY};
    for (int i = 0; i < 3; i++) {
      for (String name : f[i + 1].split(";")) {
        if (!name.isBlank()) {
          put(name.strip(), f[0], order[i]);
        }
      }
    }
  }

  private void put(String name, String code, Kind kind) {
    String key = key(name);
    if (!codes.containsKey(key)) {
      codes.put(key, code);
      kinds.put(key, kind);
    }
  }

  private void addSector(String[] f) {
    if (f.length != 2) {
      throw new IllegalStateException("sectors.tsv: two fields expected: " + String.join("|", f));
    }
    sectorRanks.putIfAbsent(f[0], sectorRanks.size());
    for (String word : f[1].split(";")) {
      String w = word.strip().toLowerCase(Locale.ROOT);
      if (!w.isEmpty() && !sectors.containsKey(w)) {
        sectors.put(w, f[0]);
      }
    }
  }

  /** Names are keyed by their words separated by single spaces, with "'s" split off. */
  private static String key(String name) {
    return name.replace("'s", " 's").replaceAll("\\s+", " ").strip();
  }

  /** The longest country, demonym or city names among {@code words}, left to right. */
  List<Found> find(List<String> words) {
    List<Found> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int matched = 0;
      for (int n = Math.min(LONGEST, words.size() - i); n >= 1 && matched == 0; n--) {
        String key = String.join(" ", words.subList(i, i + n));
        String code = codes.get(key);
        if (code == null && key.endsWith(".")) {
          code = codes.get(key.substring(0, key.length() - 1));
        }
        if (code != null) {
          found.add(new Found(code, i, i + n, kinds.getOrDefault(key, Kind.COUNTRY)));
          matched = n;
        }
      }
      i += Math.max(1, matched);
    }
    return found;
  }

  /** The code of {@code name} when it is a whole country, demonym or city name, else null. */
  String code(String name) {
    String key = key(name);
    String code = codes.get(key);
    return code != null || !key.startsWith("the ") ? code : codes.get(key.substring(4));
  }

  /** The kind of {@code name}, when {@link #code} knows it. */
  Kind kind(String name) {
    return kinds.get(key(name));
  }

  /** The sector the lemmas name, earlier table rows first; two-word entries match adjacent words. */
  String sector(List<String> lemmas) {
    Set<String> present = new HashSet<>();
    for (int i = 0; i < lemmas.size(); i++) {
      String l = lemmas.get(i).toLowerCase(Locale.ROOT);
      present.add(l);
      if (i + 1 < lemmas.size()) {
        present.add(l + " " + lemmas.get(i + 1).toLowerCase(Locale.ROOT));
      }
    }
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    for (String p : present) {
      String sector = sectors.get(p);
      if (sector != null) {
        int rank = sectorRanks.get(sector);
        if (rank < bestRank || (rank == bestRank && p.contains(" "))) {
          best = sector;
          bestRank = rank;
        }
      }
    }
    return best;
  }

  /** Whether {@code lemma} is a sector word on its own ("officials", "troops", "media"). */
  boolean isSectorWord(String lemma) {
    return sectors.containsKey(lemma.toLowerCase(Locale.ROOT));
  }
}

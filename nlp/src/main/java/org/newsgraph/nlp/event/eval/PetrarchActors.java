package org.newsgraph.nlp.event.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH/TABARI actor dictionary ({@code PETR.Validate.actors.txt}): names, their
 * {@code +synonyms} and their codes, some valid only before, after or between dates
 * ({@code [HOB <950601]}, {@code [HOBGOV 19950601 - 19990815]}). Words join with spaces or
 * {@code _}; names match whole words, ignoring case; {@code #} and {@code <...>} lines are comments.
 */
public final class PetrarchActors {

  private record Code(String code, LocalDate from, LocalDate until) {
    boolean restricted() {
      return from != null || until != null;
    }

    boolean validAt(LocalDate day) {
      return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }
  }

  private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern RANGE = Pattern.compile("(\\d{6,8})\\s*-\\s*(\\d{6,8})");
  private static final Pattern BOUND = Pattern.compile("([<>])\\s*(\\d{6,8})");

  private final Map<String, List<Code>> entries = new HashMap<>();
  private final Set<String> countries = new LinkedHashSet<>();
  private int longest = 1;

  private PetrarchActors() {}

  public static PetrarchActors load(Path file) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static PetrarchActors parse(List<String> lines) {
    PetrarchActors dictionary = new PetrarchActors();
    List<String> names = new ArrayList<>();
    List<Code> codes = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("<")) {
        continue;
      }
      boolean continuation = Character.isWhitespace(line.charAt(0)) || stripped.startsWith("+")
          || stripped.startsWith("[");
      if (!continuation) {
        dictionary.add(names, codes);
        names = new ArrayList<>();
        codes = new ArrayList<>();
      }
      int bracket = stripped.indexOf('[');
      String name = (bracket < 0 ? stripped : stripped.substring(0, bracket)).strip();
      if (name.startsWith("+")) {
        name = name.substring(1);
      }
      if (!name.isEmpty()) {
        names.add(name);
      }
      Matcher m = BRACKET.matcher(stripped);
      while (m.find()) {
        codes.addAll(codes(m.group(1)));
      }
    }
    dictionary.add(names, codes);
    return dictionary;
  }

  private static List<Code> codes(String inside) {
    String[] parts = inside.strip().split("\\s+", 2);
    String restriction = parts.length > 1 ? parts[1] : "";
    LocalDate from = null;
    LocalDate until = null;
    Matcher range = RANGE.matcher(restriction);
    Matcher bound = BOUND.matcher(restriction);
    if (range.find()) {
      from = day(range.group(1));
      until = day(range.group(2));
    } else if (bound.find()) {
      LocalDate day = day(bound.group(2));
      if (bound.group(1).equals("<")) {
        until = day.minusDays(1);
      } else {
        from = day.plusDays(1);
      }
    }
    List<Code> out = new ArrayList<>();
    for (String code : parts[0].split("/")) {
      if (!code.isBlank()) {
        out.add(new Code(code.strip().toUpperCase(Locale.ROOT), from, until));
      }
    }
    return out;
  }

  /** {@code YYMMDD} (years from 1930 to 2029) or {@code YYYYMMDD}. */
  private static LocalDate day(String digits) {
    String full = digits;
    if (digits.length() == 6) {
      full = (Integer.parseInt(digits.substring(0, 2)) < 30 ? "20" : "19") + digits;
    }
    return LocalDate.of(Integer.parseInt(full.substring(0, 4)), Integer.parseInt(full.substring(4, 6)),
        Integer.parseInt(full.substring(6, 8)));
  }

  private void add(List<String> names, List<Code> codes) {
    if (names.isEmpty() || codes.isEmpty()) {
      return;
    }
    for (Code c : codes) {
      if (c.code().length() >= 3 && Character.isLetter(c.code().charAt(0))) {
        countries.add(c.code().substring(0, 3));
      }
    }
    for (String name : names) {
      List<String> words = words(name.replace('_', ' '));
      if (!words.isEmpty()) {
        entries.putIfAbsent(String.join(" ", words), List.copyOf(codes));
        longest = Math.max(longest, words.size());
      }
    }
  }

  /** The words of a name or phrase, upper case, possessives and outer punctuation removed. */
  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.split("\\s+")) {
      String word = w.replaceAll("(?i)['\u2019]s?$", "").replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$", "");
      if (!word.isEmpty()) {
        out.add(word.toUpperCase(Locale.ROOT));
      }
    }
    return out;
  }

  /**
   * The codes of the names in {@code phrase}, longest names first from left to right: for each
   * name, its codes valid on {@code day} (those with no date restriction when none is).
   */
  public List<String> codes(String phrase, LocalDate day) {
    List<String> words = words(phrase);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int matched = 0;
      for (int n = Math.min(longest, words.size() - i); n >= 1 && matched == 0; n--) {
        List<Code> codes = entries.get(String.join(" ", words.subList(i, i + n)));
        if (codes == null && words.get(i + n - 1).endsWith(".")) {
          List<String> trimmed = new ArrayList<>(words.subList(i, i + n));
          String last = trimmed.remove(n - 1);
          trimmed.add(last.substring(0, last.length() - 1));
          codes = entries.get(String.join(" ", trimmed));
        }
        if (codes != null) {
          out.addAll(valid(codes, day));
          matched = n;
        }
      }
      i += Math.max(1, matched);
    }
    return out;
  }

  private static List<String> valid(List<Code> codes, LocalDate day) {
    List<String> out = new ArrayList<>();
    if (day != null) {
      for (Code c : codes) {
        if (c.restricted() && c.validAt(day)) {
          out.add(c.code());
        }
      }
    }
    if (out.isEmpty()) {
      for (Code c : codes) {
        if (!c.restricted()) {
          out.add(c.code());
        }
      }
    }
    return out;
  }

  /** The country parts (first three letters) of every code the dictionary gives. */
  public Set<String> countries() {
    return Collections.unmodifiableSet(countries);
  }
}

package org.newsgraph.extract.meta;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Month names and abbreviations in English, German, French, Spanish, Italian, Portuguese and
 * Dutch, lower case.
 */
final class MonthNames {

  private static final String[][] NAMES = {
    {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "janeiro",
      "januari"},
    {"february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio",
      "fevereiro", "fev", "februari"},
    {"march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "maart", "mrt"},
    {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
    {"may", "mai", "mayo", "maggio", "maio", "mei"},
    {"june", "jun", "juni", "juin", "junio", "giugno", "junho"},
    {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "julho"},
    {"august", "aug", "août", "aout", "agosto", "augustus"},
    {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro"},
    {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro"},
    {"november", "nov", "novembre", "noviembre", "novembro"},
    {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic",
      "dicembre", "dezembro"},
  };

  private static final Map<String, Integer> MONTHS = months();

  /** A regular expression alternative matching any of the names, longest first. */
  static final String PATTERN =
      MONTHS.keySet().stream()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .collect(Collectors.joining("|", "(?:", ")"));

  private MonthNames() {}

  /** The month number (1 to 12) of {@code name}, or 0 when it names no month. */
  static int month(String name) {
    return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> months = new HashMap<>();
    for (int i = 0; i < NAMES.length; i++) {
      for (String name : NAMES[i]) {
        months.put(name, i + 1);
      }
    }
    return Map.copyOf(months);
  }
}

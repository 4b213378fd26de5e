package org.newsgraph.nlp.time.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a GUM document in its TEI-like XML form: one token per line (the word in the first
 * tab-separated column) between markup lines. The text is rebuilt with ordinary spacing (no space
 * before closing punctuation, none inside a {@code <w>} word), paragraphs and headings separated by
 * a blank line; {@code <date>} elements become {@link GoldDate}s.
 */
public final class GumReader {

  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final Set<String> CLOSING =
      Set.of(
          ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll",
          "'d", "'m", "\u201d", "''", "\u2019s");
  private static final Set<String> OPENING = Set.of("(", "[", "{", "$", "\u201c", "``", "#");

  /**
   * Reads {@code file}.
   *
   * @throws IOException when it cannot be read or has no {@code dateCreated}; the message names the
   *     file
   */
  public GumDocument read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    StringBuilder text = new StringBuilder();
    List<GoldDate> dates = new ArrayList<>();
    LocalDate created = null;
    String id = file.getFileName().toString().replaceFirst("\\.xml$", "");
    boolean inWord = false;
    boolean wordStarted = false;
    boolean glue = true;
    String previous = "";
    String[] openDate = null;
    int dateStart = -1;
    for (String line : lines) {
      if (line.startsWith("<")) {
        if (line.startsWith("<text ")) {
          String value = attribute(line, "dateCreated");
          created = value == null ? null : LocalDate.parse(value.substring(0, 10));
        } else if (line.startsWith("<w>") || line.startsWith("<w ")) {
          inWord = true;
          wordStarted = false;
        } else if (line.startsWith("</w>")) {
          inWord = false;
        } else if (line.startsWith("</p>")
            || line.startsWith("</head>")
            || line.startsWith("</item>")) {
          text.append("\n\n");
          glue = true;
        } else if (line.startsWith("<date")) {
          openDate =
              new String[] {
                attribute(line, "when"),
                attribute(line, "from"),
                attribute(line, "to"),
                attribute(line, "notBefore"),
                attribute(line, "notAfter")
              };
          dateStart = -1;
        } else if (line.startsWith("</date>") && openDate != null && dateStart >= 0) {
          dates.add(gold(openDate, text.substring(dateStart), dateStart, text.length()));
          openDate = null;
        }
        continue;
      }
      String token = unescape(line.split("\t", 2)[0]);
      if (token.isEmpty()) {
        continue;
      }
      boolean joined = inWord && wordStarted;
      if (!glue && !joined && !CLOSING.contains(token) && !OPENING.contains(previous)) {
        text.append(' ');
      }
      if (openDate != null && dateStart < 0) {
        dateStart = text.length();
      }
      text.append(token);
      previous = token;
      wordStarted = inWord;
      glue = false;
    }
    if (created == null) {
      throw new IOException(file + ": no dateCreated");
    }
    return new GumDocument(id, created, text.toString(), dates);
  }

  private static GoldDate gold(String[] a, String text, int start, int end) {
    String when = a[0];
    if (when != null) {
      String clock = when.length() > 10 ? when.substring(0, Math.min(16, when.length())) : null;
      return new GoldDate(
          text, start, end, CalendarSpan.of(when.substring(0, Math.min(10, when.length()))), clock);
    }
    if (a[1] != null && a[2] != null) {
      return new GoldDate(text, start, end, CalendarSpan.between(a[1], a[2]), null);
    }
    if (a[3] != null && a[4] != null) {
      return new GoldDate(text, start, end, CalendarSpan.between(a[3], a[4]), null);
    }
    return new GoldDate(text, start, end, null, null);
  }

  private static String attribute(String line, String name) {
    Matcher m = ATTRIBUTE.matcher(line);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return null;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}

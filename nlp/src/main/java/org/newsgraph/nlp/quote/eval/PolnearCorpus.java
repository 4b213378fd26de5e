package org.newsgraph.nlp.quote.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsgraph.core.QuoteKind;

/**
 * The PolNeAR attribution corpus: {@code DIR/SPLIT/text/ARTICLE.txt} with brat standoff
 * annotations in {@code DIR/SPLIT/attributions/ARTICLE_ANNOTATOR.ann}. Where several annotators
 * annotated an article, the file of the first annotator id in sorted order is used, so each
 * article counts once. Malformed annotation lines are skipped.
 */
public final class PolnearCorpus {

  /** One article with its gold relations. */
  public record Article(String id, String text, List<GoldAttribution> gold) {
    public Article {
      gold = List.copyOf(gold);
    }
  }

  private PolnearCorpus() {}

  /** The articles of {@code split} under {@code dir}, in id order. */
  public static List<Article> load(Path dir, String split) {
    Path base = dir.resolve(split);
    Path texts = base.resolve("text");
    Path annotations = base.resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(annotations)) {
      throw new IllegalArgumentException("not a PolNeAR split (no text/ and attributions/): " + base);
    }
    Map<String, Path> firstFile = new TreeMap<>();
    try (Stream<Path> files = Files.list(annotations)) {
      files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().forEach(p -> {
        String name = p.getFileName().toString();
        int cut = name.lastIndexOf('_');
        if (cut > 0) {
          firstFile.putIfAbsent(name.substring(0, cut), p);
        }
      });
      List<Article> articles = new ArrayList<>();
      for (Map.Entry<String, Path> e : firstFile.entrySet()) {
        Path textFile = texts.resolve(e.getKey() + ".txt");
        if (Files.isRegularFile(textFile)) {
          String text = Files.readString(textFile, StandardCharsets.UTF_8);
          articles.add(new Article(e.getKey(), text, parse(Files.readAllLines(e.getValue()), text)));
        }
      }
      return articles;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PolNeAR split " + base, e);
    }
  }

  /** The relations of one brat standoff file over {@code text}. */
  static List<GoldAttribution> parse(List<String> lines, String text) {
    Map<String, List<Span>> spans = new HashMap<>();
    List<Map<String, String>> relations = new ArrayList<>();
    for (String line : lines) {
      String[] fields = line.split("\t");
      if (fields.length < 2) {
        continue;
      }
      if (fields[0].startsWith("T")) {
        List<Span> pieces = pieces(fields[1], text.length());
        if (pieces != null) {
          spans.put(fields[0], pieces);
        }
      } else if (fields[0].startsWith("E")) {
        Map<String, String> roles = new HashMap<>();
        for (String arg : fields[1].trim().split("\\s+")) {
          int colon = arg.indexOf(':');
          if (colon > 0) {
            roles.put(arg.substring(0, colon).replaceAll("\\d+$", ""), arg.substring(colon + 1));
          }
        }
        relations.add(roles);
      }
    }
    List<GoldAttribution> gold = new ArrayList<>();
    for (Map<String, String> roles : relations) {
      List<Span> content = spans.get(roles.get("Content"));
      if (content == null) {
        continue;
      }
      List<Span> source = spans.getOrDefault(roles.get("Source"), List.of());
      List<Span> cue = spans.getOrDefault(roles.get("Cue"), List.of());
      gold.add(new GoldAttribution(content, source, join(text, source), cue, kindOf(text, content)));
    }
    return gold;
  }

  private static List<Span> pieces(String typeAndOffsets, int length) {
    int space = typeAndOffsets.indexOf(' ');
    if (space < 0) {
      return null;
    }
    List<Span> out = new ArrayList<>();
    for (String piece : typeAndOffsets.substring(space + 1).split(";")) {
      String[] ends = piece.trim().split("\\s+");
      try {
        int start = Integer.parseInt(ends[0]);
        int end = Integer.parseInt(ends[1]);
        if (start < 0 || end < start || end > length) {
          return null;
        }
        out.add(new Span(start, end));
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        return null;
      }
    }
    return out;
  }

  private static String join(String text, List<Span> spans) {
    StringBuilder b = new StringBuilder();
    for (Span s : spans) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(text, s.start(), s.end());
    }
    return b.toString();
  }

  /**
   * The kind of a gold content: whole sentences in quotation marks (it opens with a mark and a
   * capital and closes with a mark; doubled apostrophes count as a mark) are direct; content with a quotation mark elsewhere is
   * partial; content without any is reported.
   */
  static QuoteKind kindOf(String text, List<Span> content) {
    String c = join(text, content).replace("''", "\"").strip();
    while (!c.isEmpty() && ".,;:".indexOf(c.charAt(c.length() - 1)) >= 0) {
      c = c.substring(0, c.length() - 1).strip();
    }
    if (c.isEmpty()) {
      return QuoteKind.REPORTED;
    }
    boolean opens = isMark(c.charAt(0));
    boolean closes = isMark(c.charAt(c.length() - 1));
    if (opens && closes && c.length() > 2 && Character.isUpperCase(firstLetter(c))) {
      return QuoteKind.DIRECT;
    }
    for (int i = 0; i < c.length(); i++) {
      if (isMark(c.charAt(i))) {
        return QuoteKind.PARTIAL;
      }
    }
    return QuoteKind.REPORTED;
  }

  private static char firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return Character.isDigit(s.charAt(i)) ? 'A' : s.charAt(i);
      }
    }
    return 'a';
  }

  private static boolean isMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '‘' || c == '«' || c == '»';
  }
}

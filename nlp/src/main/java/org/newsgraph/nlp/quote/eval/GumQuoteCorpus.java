package org.newsgraph.nlp.quote.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * GUM's news documents ({@code GUM_news_*.xml}, one token per line with inline markup) turned
 * back into running text, with the spans of their {@code <quote>} elements (quotations) and
 * {@code <q>} elements (scare quotes and quoted titles). Tokens are joined with the usual
 * spacing of English punctuation; {@code <p>}, {@code <head>} and {@code <item>} start new
 * paragraphs.
 */
public final class GumQuoteCorpus {

  /** One document's text and its marked spans (quotation marks included). */
  public record Document(String id, String text, List<Span> quotes, List<Span> scareQuotes) {
    public Document {
      quotes = List.copyOf(quotes);
      scareQuotes = List.copyOf(scareQuotes);
    }
  }

  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "n't", "''", "...");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "``");

  private GumQuoteCorpus() {}

  /** The news documents under {@code dir}, in file-name order. */
  public static List<Document> load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a directory: " + dir);
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Document> out = new ArrayList<>();
      for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList()) {
        String name = p.getFileName().toString();
        out.add(parse(name.substring(0, name.length() - 4), Files.readAllLines(p, StandardCharsets.UTF_8)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read GUM documents in " + dir, e);
    }
  }

  /** One document from its lines. */
  static Document parse(String id, List<String> lines) {
    StringBuilder text = new StringBuilder();
    List<Span> quotes = new ArrayList<>();
    List<Span> scare = new ArrayList<>();
    List<int[]> open = new ArrayList<>();
    String previousTag = "";
    boolean paragraphBreak = false;
    for (String line : lines) {
      if (line.indexOf('\t') < 0) {
        String tag = line.strip();
        if (tag.startsWith("<p") || tag.startsWith("<head") || tag.startsWith("<item")) {
          paragraphBreak = text.length() > 0;
        } else if (tag.equals("<quote>") || tag.startsWith("<quote ") || tag.equals("<q>") || tag.startsWith("<q ")) {
          open.add(new int[] {-1, tag.startsWith("<quote") ? 1 : 0});
        } else if (tag.equals("</quote>") || tag.equals("</q>")) {
          if (!open.isEmpty()) {
            int[] o = open.remove(open.size() - 1);
            if (o[0] >= 0) {
              (o[1] == 1 ? quotes : scare).add(new Span(o[0], text.length()));
            }
          }
        }
        continue;
      }
      String[] fields = line.split("\t");
      String word = fields[0];
      String tag = fields.length > 1 ? fields[1] : "";
      if (paragraphBreak) {
        text.append("\n\n");
        paragraphBreak = false;
      } else if (text.length() > 0 && text.charAt(text.length() - 1) != '\n'
          && !NO_SPACE_BEFORE.contains(word) && !NO_SPACE_BEFORE.contains(tag)
          && !word.startsWith("'") && !word.startsWith("’") && !NO_SPACE_AFTER.contains(previousTag)
          && !NO_SPACE_AFTER.contains(previousWord(text))) {
        text.append(' ');
      }
      for (int[] o : open) {
        if (o[0] < 0) {
          o[0] = text.length();
        }
      }
      text.append(word);
      previousTag = tag;
    }
    return new Document(id, text.toString(), quotes, scare);
  }

  private static String previousWord(StringBuilder text) {
    int end = text.length();
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
  }
}

package org.newsgraph.nlp.entity;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.nlp.text.Analyzer;

/**
 * Scores the entity reader's names against a CoNLL-2003 corpus. Each document is read whole, as
 * an article (tokens joined by spaces, sentences by blank lines), so that document-level logic
 * works; the names of its entities (not descriptions or pronouns, and without honorifics) are
 * mapped back to the corpus tokens by character offsets and scored as {@code conlleval} does.
 * Our types map to CoNLL's: PERSON to PER, ORGANIZATION to ORG, LOCATION to LOC, NORP and MISC
 * to MISC.
 */
public final class ConllEvaluation {

  /** CoNLL's entity types, in the order scores are reported. */
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

  private final Analyzer analyzer;
  private final NewsEntityResolver resolver;

  public ConllEvaluation(Analyzer analyzer, NewsEntityResolver resolver) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /**
   * Reads every document of {@code corpus} and scores the names found. When {@code predictions}
   * is not null, writes {@code token gold predicted} lines to it, in CoNLL layout; {@code
   * onDocument} runs after each document.
   */
  public ConllScore run(ConllCorpus corpus, Writer predictions, Runnable onDocument)
      throws IOException {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (String type : TYPES) {
      counts.put(type, new int[3]);
    }
    int tokens = 0;
    for (ConllCorpus.Document document : corpus.documents()) {
      List<List<String>> predicted = predict(document);
      for (int s = 0; s < document.sentences().size(); s++) {
        List<ConllCorpus.Token> sentence = document.sentences().get(s);
        List<String> gold = sentence.stream().map(ConllCorpus.Token::gold).toList();
        count(counts, chunks(gold), chunks(predicted.get(s)));
        tokens += sentence.size();
      }
      if (predictions != null) {
        write(predictions, document, predicted);
      }
      onDocument.run();
    }
    List<ConllScore.Counts> perType = new ArrayList<>();
    int[] all = new int[3];
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      perType.add(new ConllScore.Counts(e.getKey(), c[0], c[1], c[2]));
      for (int k = 0; k < 3; k++) {
        all[k] += c[k];
      }
    }
    ConllScore.Counts overall = new ConllScore.Counts("ALL", all[0], all[1], all[2]);
    return new ConllScore(perType, overall, corpus.size(), tokens);
  }

  /** The predicted IOB2 tags of each sentence of {@code document}. */
  List<List<String>> predict(ConllCorpus.Document document) {
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    for (List<ConllCorpus.Token> sentence : document.sentences()) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      for (int i = 0; i < sentence.size(); i++) {
        if (i > 0) {
          text.append(' ');
        }
        int start = text.length();
        text.append(sentence.get(i).word());
        spans.add(new int[] {start, text.length()});
      }
    }
    String[] tags = new String[spans.size()];
    Arrays.fill(tags, "O");
    List<TypedName> names = new ArrayList<>();
    for (ReadEntity entity : resolver.read(analyzer.analyze(text.toString()))) {
      String type = conllType(entity.entity().type());
      for (Mention name : entity.names()) {
        names.add(new TypedName(name.start(), name.end(), type));
      }
    }
    names.sort(Comparator.comparingInt(TypedName::start).thenComparingInt(n -> -n.end()));
    for (TypedName name : names) {
      label(tags, spans, name);
    }
    List<List<String>> out = new ArrayList<>();
    int k = 0;
    for (List<ConllCorpus.Token> sentence : document.sentences()) {
      out.add(Arrays.asList(tags).subList(k, k + sentence.size()));
      k += sentence.size();
    }
    return out;
  }

  private record TypedName(int start, int end, String type) {}

  private static void label(String[] tags, List<int[]> spans, TypedName name) {
    int first = -1;
    int last = -1;
    for (int i = firstEndingAfter(spans, name.start()); i < spans.size(); i++) {
      int[] span = spans.get(i);
      if (span[0] >= name.end()) {
        break;
      }
      if (!tags[i].equals("O")) {
        return;
      }
      if (first < 0) {
        first = i;
      }
      last = i;
    }
    if (first < 0) {
      return;
    }
    tags[first] = "B-" + name.type();
    for (int i = first + 1; i <= last; i++) {
      tags[i] = "I-" + name.type();
    }
  }

  private static int firstEndingAfter(List<int[]> spans, int offset) {
    int lo = 0;
    int hi = spans.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid)[1] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  static String conllType(EntityType type) {
    switch (type) {
      case PERSON:
        return "PER";
      case ORGANIZATION:
        return "ORG";
      case LOCATION:
        return "LOC";
      default:
        return "MISC";
    }
  }

  /** A chunk of tokens {@code [from, to)} of one type. */
  record Chunk(int from, int to, String type) {}

  /** The chunks of a tag sequence, read as {@code conlleval} reads them (IOB1 or IOB2). */
  static List<Chunk> chunks(List<String> tags) {
    List<Chunk> chunks = new ArrayList<>();
    int from = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String prefix = tag.length() > 1 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
      String tagType = prefix.equals("O") ? null : tag.substring(2);
      boolean continues = type != null && prefix.equals("I") && tagType.equals(type);
      if (type != null && !continues) {
        chunks.add(new Chunk(from, i, type));
        type = null;
      }
      if (tagType != null && !continues) {
        from = i;
        type = tagType;
      }
    }
    return chunks;
  }

  private static void count(Map<String, int[]> counts, List<Chunk> gold, List<Chunk> predicted) {
    for (Chunk c : gold) {
      counts.computeIfAbsent(c.type(), t -> new int[3])[0]++;
    }
    for (Chunk c : predicted) {
      int[] typeCounts = counts.computeIfAbsent(c.type(), t -> new int[3]);
      typeCounts[1]++;
      if (gold.contains(c)) {
        typeCounts[2]++;
      }
    }
  }

  private static void write(Writer out, ConllCorpus.Document document, List<List<String>> predicted)
      throws IOException {
    out.write("-DOCSTART- O O\n\n");
    for (int s = 0; s < document.sentences().size(); s++) {
      List<ConllCorpus.Token> sentence = document.sentences().get(s);
      for (int i = 0; i < sentence.size(); i++) {
        ConllCorpus.Token t = sentence.get(i);
        out.write(t.word() + " " + t.gold() + " " + predicted.get(s).get(i) + "\n");
      }
      out.write("\n");
    }
  }
}

package org.newsgraph.nlp.quote.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.QuoteKind;

/**
 * Counts predicted against gold attributions, article by article. Contents match when their
 * overlap covers at least half of the shorter of the two, counting characters other than
 * whitespace and quotation marks; each prediction matches at most one gold relation and the
 * other way round, pairs taken greedily by overlap. Mutable; not for concurrent use.
 */
public final class AttributionTally {

  /** The share of the shorter content that the overlap must cover. */
  public static final double MIN_OVERLAP = 0.5;

  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov");

  private final Map<Criterion, int[]> goldByKind = new EnumMap<>(Criterion.class);
  private final Map<Criterion, int[]> goldFoundByKind = new EnumMap<>(Criterion.class);
  private final Map<Criterion, int[]> predictedByKind = new EnumMap<>(Criterion.class);
  private final Map<Criterion, int[]> predictedRightByKind = new EnumMap<>(Criterion.class);
  private int directFound;
  private int directSpeakerStrict;
  private int directSpeakerFull;
  private int articles;

  public AttributionTally() {
    for (Criterion c : Criterion.values()) {
      goldByKind.put(c, new int[QuoteKind.values().length]);
      goldFoundByKind.put(c, new int[QuoteKind.values().length]);
      predictedByKind.put(c, new int[QuoteKind.values().length]);
      predictedRightByKind.put(c, new int[QuoteKind.values().length]);
    }
  }

  /** Adds one article's gold and predicted attributions over its {@code text}. */
  public void add(String text, List<GoldAttribution> gold, List<PredictedAttribution> predicted) {
    articles++;
    int[] prefix = contentPrefix(text);
    for (Criterion criterion : Criterion.values()) {
      int[][] pairs = match(prefix, gold, predicted, criterion);
      for (GoldAttribution g : gold) {
        goldByKind.get(criterion)[g.kind().ordinal()]++;
      }
      for (PredictedAttribution p : predicted) {
        predictedByKind.get(criterion)[p.kind().ordinal()]++;
      }
      for (int[] pair : pairs) {
        PredictedAttribution p = predicted.get(pair[0]);
        GoldAttribution g = gold.get(pair[1]);
        goldFoundByKind.get(criterion)[g.kind().ordinal()]++;
        predictedRightByKind.get(criterion)[p.kind().ordinal()]++;
        if (criterion == Criterion.CONTENT && g.kind() == QuoteKind.DIRECT) {
          directFound++;
          directSpeakerStrict += strictSpeaker(p, g) ? 1 : 0;
          directSpeakerFull += fullSpeaker(p, g) ? 1 : 0;
        }
      }
    }
  }

  /** The matched pairs {@code {predicted index, gold index}} under {@code criterion}. */
  private static int[][] match(
      int[] prefix, List<GoldAttribution> gold, List<PredictedAttribution> predicted, Criterion criterion) {
    List<int[]> candidates = new ArrayList<>();
    for (int i = 0; i < predicted.size(); i++) {
      for (int j = 0; j < gold.size(); j++) {
        PredictedAttribution p = predicted.get(i);
        GoldAttribution g = gold.get(j);
        int overlap = overlap(prefix, p.content(), g.content());
        int shorter = Math.min(size(prefix, p.content()), size(prefix, g.content()));
        if (overlap <= 0 || overlap < MIN_OVERLAP * shorter) {
          continue;
        }
        boolean speaker = switch (criterion) {
          case CONTENT -> true;
          case STRICT -> strictSpeaker(p, g);
          case FULL -> fullSpeaker(p, g);
        };
        if (speaker) {
          candidates.add(new int[] {i, j, overlap});
        }
      }
    }
    candidates.sort((a, b) -> Integer.compare(b[2], a[2]));
    boolean[] usedPredicted = new boolean[predicted.size()];
    boolean[] usedGold = new boolean[gold.size()];
    List<int[]> pairs = new ArrayList<>();
    for (int[] c : candidates) {
      if (!usedPredicted[c[0]] && !usedGold[c[1]]) {
        usedPredicted[c[0]] = true;
        usedGold[c[1]] = true;
        pairs.add(new int[] {c[0], c[1]});
      }
    }
    return pairs.toArray(new int[0][]);
  }

  static boolean strictSpeaker(PredictedAttribution p, GoldAttribution g) {
    if (g.source().isEmpty()) {
      return !p.hasSpeaker();
    }
    return p.speaker() != null && Span.anyOverlap(List.of(p.speaker()), g.source());
  }

  static boolean fullSpeaker(PredictedAttribution p, GoldAttribution g) {
    if (strictSpeaker(p, g)) {
      return true;
    }
    return !g.source().isEmpty()
        && (Span.anyOverlap(p.speakerMentions(), g.source()) || sameName(p.speakerName(), g.sourceText()));
  }

  /** Whether two names name the same one: same last word, or one's words inside the other's. */
  static boolean sameName(String a, String b) {
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    return x.get(x.size() - 1).equals(y.get(y.size() - 1)) || new HashSet<>(y).containsAll(x);
  }

  private static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' -]", " ").split("\\s+")) {
      if (!w.isBlank() && !TITLES.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Counts of characters that are neither whitespace nor quotation marks before each offset. */
  private static int[] contentPrefix(String text) {
    int[] prefix = new int[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean counts = !Character.isWhitespace(c) && "\"“”‘’«»".indexOf(c) < 0;
      prefix[i + 1] = prefix[i] + (counts ? 1 : 0);
    }
    return prefix;
  }

  private static int size(int[] prefix, List<Span> spans) {
    int n = 0;
    for (Span s : spans) {
      n += prefix[Math.min(s.end(), prefix.length - 1)] - prefix[Math.min(s.start(), prefix.length - 1)];
    }
    return n;
  }

  private static int overlap(int[] prefix, List<Span> a, List<Span> b) {
    int n = 0;
    for (Span x : a) {
      for (Span y : b) {
        int from = Math.max(x.start(), y.start());
        int to = Math.min(x.end(), y.end());
        if (from < to) {
          n += prefix[Math.min(to, prefix.length - 1)] - prefix[Math.min(from, prefix.length - 1)];
        }
      }
    }
    return n;
  }

  public int articles() {
    return articles;
  }

  /** Gold relations of {@code kind}, or of all kinds when {@code kind} is null. */
  public int gold(QuoteKind kind) {
    return sum(goldByKind.get(Criterion.CONTENT), kind);
  }

  /** Predictions of {@code kind}, or of all kinds when {@code kind} is null. */
  public int predicted(QuoteKind kind) {
    return sum(predictedByKind.get(Criterion.CONTENT), kind);
  }

  /** Precision of the predictions of {@code kind} (all when null). */
  public double precision(Criterion criterion, QuoteKind kind) {
    return ratio(sum(predictedRightByKind.get(criterion), kind), sum(predictedByKind.get(criterion), kind));
  }

  /** Recall of the gold relations of {@code kind} (all when null). */
  public double recall(Criterion criterion, QuoteKind kind) {
    return ratio(sum(goldFoundByKind.get(criterion), kind), sum(goldByKind.get(criterion), kind));
  }

  /** The harmonic mean of precision and recall. */
  public double f1(Criterion criterion, QuoteKind kind) {
    double p = precision(criterion, kind);
    double r = recall(criterion, kind);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Gold direct quotes whose content was found. */
  public int directFound() {
    return directFound;
  }

  /** Of the gold direct quotes found, the share with the right speaker. */
  public double directSpeakerAccuracy(Criterion criterion) {
    return ratio(criterion == Criterion.FULL ? directSpeakerFull : directSpeakerStrict, directFound);
  }

  private static int sum(int[] counts, QuoteKind kind) {
    return kind == null ? Arrays.stream(counts).sum() : counts[kind.ordinal()];
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}

package org.newsgraph.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.nlp.text.Analyzer;

/**
 * Compares the entity reader's entities with GUM's gold coreference for people, organisations and
 * places: whether the mentions of one gold named entity land in one of our entities, pairwise
 * coreference precision and recall over matched mentions (of our people, organisations and
 * places), and how well person mentions and pronouns are found. Each document is read whole
 * (tokens joined by spaces, sentences by blank lines); each of our mentions matches the innermost
 * gold mention that contains it.
 */
public final class GumEvaluation {

  private static final Set<String> NAMED_TYPES = Set.of("person", "organization", "place");
  private static final Set<String> PRONOUNS =
      Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");

  private final Analyzer analyzer;
  private final NewsEntityResolver resolver;

  public GumEvaluation(Analyzer analyzer, NewsEntityResolver resolver) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /** Reads every document of {@code corpus}; {@code onDocument} runs after each. */
  public GumScore run(GumCorpus corpus, Runnable onDocument) {
    Tally t = new Tally();
    for (GumCorpus.Document document : corpus.documents()) {
      score(document, t);
      onDocument.run();
    }
    return new GumScore(corpus.size(), t.clusters, t.clustersFound, t.clustersMulti,
        t.clustersWhole, t.pairsLinked, t.pairsGold, t.pairsRight, t.pairsOurs, t.personGold,
        t.personFound, t.personOurs, t.personRight, t.pronounsGold, t.pronounsOurs,
        t.pronounsRight);
  }

  /** The counts while the corpus is read. */
  private static final class Tally {
    int clusters;
    int clustersFound;
    int clustersMulti;
    int clustersWhole;
    int pairsLinked;
    int pairsGold;
    int pairsRight;
    int pairsOurs;
    int personGold;
    int personFound;
    int personOurs;
    int personRight;
    int pronounsGold;
    int pronounsOurs;
    int pronounsRight;
  }

  private record Ours(int entity, MentionKind kind, EntityType type, GumCorpus.Mention gold) {}

  private void score(GumCorpus.Document document, Tally t) {
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (List<String> sentence : document.sentences()) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      for (int i = 0; i < sentence.size(); i++) {
        if (i > 0) {
          text.append(' ');
        }
        int start = text.length();
        text.append(sentence.get(i));
        spans.add(new int[] {start, text.length()});
        words.add(sentence.get(i));
      }
    }
    List<ReadEntity> entities = resolver.read(analyzer.analyze(text.toString()));
    List<Ours> ours = new ArrayList<>();
    for (int e = 0; e < entities.size(); e++) {
      ReadEntity entity = entities.get(e);
      for (int m = 0; m < entity.kinds().size(); m++) {
        Mention mention = entity.entity().mentions().get(m);
        GumCorpus.Mention gold = innermost(document, spans, mention.start(), mention.end());
        ours.add(new Ours(e, entity.kinds().get(m), entity.entity().type(), gold));
      }
    }
    namedClusters(document, ours, t);
    pairs(ours, t);
    people(document, words, ours, t);
  }

  private static GumCorpus.Mention innermost(
      GumCorpus.Document document, List<int[]> spans, int start, int end) {
    GumCorpus.Mention best = null;
    for (GumCorpus.Mention g : document.mentions()) {
      int gs = spans.get(g.from())[0];
      int ge = spans.get(g.to() - 1)[1];
      if (gs <= start && end <= ge && (best == null || g.to() - g.from() < best.to() - best.from())) {
        best = g;
      }
    }
    return best;
  }

  private static boolean named(GumCorpus.Mention g) {
    return g != null && g.identity() != null && NAMED_TYPES.contains(g.type());
  }

  /** Whether our mention is of a person, organisation or place matched to a named gold mention. */
  private static boolean named(Ours o) {
    return named(o.gold()) && o.type() != EntityType.NORP && o.type() != EntityType.MISC;
  }

  private static void namedClusters(GumCorpus.Document document, List<Ours> ours, Tally t) {
    Set<Integer> clusters = new HashSet<>();
    for (GumCorpus.Mention g : document.mentions()) {
      if (named(g)) {
        clusters.add(g.cluster());
      }
    }
    Map<Integer, Set<Integer>> goldMentions = new HashMap<>();
    Map<Integer, Set<Integer>> ourEntities = new HashMap<>();
    for (Ours o : ours) {
      if (named(o)) {
        goldMentions.computeIfAbsent(o.gold().cluster(), k -> new HashSet<>()).add(o.gold().id());
        ourEntities.computeIfAbsent(o.gold().cluster(), k -> new HashSet<>()).add(o.entity());
      }
    }
    t.clusters += clusters.size();
    t.clustersFound += goldMentions.size();
    for (Map.Entry<Integer, Set<Integer>> e : goldMentions.entrySet()) {
      if (e.getValue().size() >= 2) {
        t.clustersMulti++;
        if (ourEntities.get(e.getKey()).size() == 1) {
          t.clustersWhole++;
        }
      }
    }
  }

  /** Pairwise coreference over gold mentions of named clusters matched once by our mentions. */
  private static void pairs(List<Ours> ours, Tally t) {
    Map<Integer, Ours> byGold = new HashMap<>();
    for (Ours o : ours) {
      if (named(o)) {
        byGold.putIfAbsent(o.gold().id(), o);
      }
    }
    List<Ours> matched = new ArrayList<>(byGold.values());
    for (int i = 0; i < matched.size(); i++) {
      for (int j = i + 1; j < matched.size(); j++) {
        Ours a = matched.get(i);
        Ours b = matched.get(j);
        boolean sameGold = a.gold().cluster() == b.gold().cluster();
        boolean sameOurs = a.entity() == b.entity();
        if (sameGold) {
          t.pairsGold++;
          t.pairsLinked += sameOurs ? 1 : 0;
        }
        if (sameOurs) {
          t.pairsOurs++;
          t.pairsRight += sameGold ? 1 : 0;
        }
      }
    }
  }

  private static void people(
      GumCorpus.Document document, List<String> words, List<Ours> ours, Tally t) {
    Set<Integer> namedClusters = new HashSet<>();
    for (Ours o : ours) {
      if (o.kind() == MentionKind.NAME && o.type() == EntityType.PERSON && o.gold() != null) {
        namedClusters.add(o.gold().cluster());
      }
    }
    Set<Integer> found = new HashSet<>();
    Map<Integer, Map<Integer, Integer>> votes = new HashMap<>();
    for (Ours o : ours) {
      if (o.kind() == MentionKind.NAME && o.gold() != null) {
        votes.computeIfAbsent(o.entity(), k -> new HashMap<>())
            .merge(o.gold().cluster(), 1, Integer::sum);
      }
    }
    for (Ours o : ours) {
      if (o.type() != EntityType.PERSON) {
        continue;
      }
      t.personOurs++;
      if (o.gold() != null && o.gold().type().equals("person")) {
        t.personRight++;
        found.add(o.gold().id());
      }
      if (o.kind() == MentionKind.PRONOUN) {
        t.pronounsOurs++;
        if (o.gold() != null && o.gold().cluster() == majority(votes.get(o.entity()))) {
          t.pronounsRight++;
        }
      }
    }
    for (GumCorpus.Mention g : document.mentions()) {
      if (!g.type().equals("person")) {
        continue;
      }
      t.personGold++;
      if (found.contains(g.id())) {
        t.personFound++;
      }
      if (g.to() - g.from() == 1 && PRONOUNS.contains(words.get(g.from()).toLowerCase(Locale.ROOT))
          && namedClusters.contains(g.cluster())) {
        t.pronounsGold++;
      }
    }
  }

  private static int majority(Map<Integer, Integer> votes) {
    if (votes == null) {
      return Integer.MIN_VALUE;
    }
    return votes.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(Integer.MIN_VALUE);
  }
}

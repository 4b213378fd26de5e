package org.newsgraph.index.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups near-duplicate articles (syndicated copies of one wire story) into stories. An article
 * joins the story of the most similar earlier article whose estimated similarity reaches the
 * threshold; otherwise it starts a story of its own, named by its id.
 */
public final class StoryClusters {

  /** Estimated Jaccard similarity of 5-word shingles from which two bodies are one story. */
  public static final double THRESHOLD = 0.5;

  private final Map<String, List<String>> articlesByBand = new HashMap<>();
  private final Map<String, long[]> signatures = new HashMap<>();
  private final Map<String, String> stories = new HashMap<>();

  /** Remembers an article already placed in a story (for example when loading the index). */
  public void remember(String article, String story, long[] signature) {
    signatures.put(article, signature);
    stories.put(article, story);
    for (String band : MinHash.bands(signature)) {
      articlesByBand.computeIfAbsent(band, b -> new ArrayList<>(1)).add(article);
    }
  }

  /** The story {@code article} belongs to; remembers it for the articles that follow. */
  public String place(String article, long[] signature) {
    String known = stories.get(article);
    if (known != null) {
      return known;
    }
    String best = null;
    double bestSimilarity = THRESHOLD;
    for (String band : MinHash.bands(signature)) {
      for (String other : articlesByBand.getOrDefault(band, List.of())) {
        double similarity = MinHash.similarity(signature, signatures.get(other));
        if (similarity >= bestSimilarity) {
          bestSimilarity = similarity;
          best = other;
        }
      }
    }
    String story = best == null ? article : stories.get(best);
    remember(article, story, signature);
    return story;
  }
}

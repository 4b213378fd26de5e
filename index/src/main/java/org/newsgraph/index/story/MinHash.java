package org.newsgraph.index.story;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MinHash signatures of texts over word shingles: two texts' signatures agree in about the fraction
 * of positions that equals the Jaccard similarity of their shingle sets. Bands of the signature
 * serve as locality-sensitive keys, so near-duplicates are found without comparing every pair.
 */
public final class MinHash {

  /** Signature length. */
  public static final int SIZE = 128;

  /** Signature positions per band: 32 bands of 4 catch pairs above about 0.42 similarity. */
  public static final int ROWS = 4;

  private static final int SHINGLE = 5;
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private MinHash() {}

  /** The signature of {@code text}; an empty text has the all-maximum signature. */
  public static long[] signature(String text) {
    List<String> words =
        Arrays.stream(NOT_WORD.split(text.toLowerCase(Locale.ROOT)))
            .filter(w -> !w.isEmpty())
            .toList();
    Set<Long> shingles = new HashSet<>();
    int width = Math.min(SHINGLE, words.size());
    for (int i = 0; width > 0 && i + width <= words.size(); i++) {
      shingles.add(hash(String.join(" ", words.subList(i, i + width))));
    }
    long[] signature = new long[SIZE];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < SIZE; i++) {
        long h = mix(shingle ^ (0x9E3779B97F4A7C15L * (i + 1)));
        if (h < signature[i]) {
          signature[i] = h;
        }
      }
    }
    return signature;
  }

  /** The estimated Jaccard similarity of the texts behind two signatures. */
  public static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  /** The band keys of a signature, {@code b7:3f2a...}. */
  public static List<String> bands(long[] signature) {
    String[] keys = new String[SIZE / ROWS];
    for (int band = 0; band < keys.length; band++) {
      long h = band;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + signature[band * ROWS + r]);
      }
      keys[band] = "b" + band + ":" + Long.toHexString(h);
    }
    return List.of(keys);
  }

  private static long hash(String shingle) {
    long h = 1125899906842597L;
    for (int i = 0; i < shingle.length(); i++) {
      h = 31 * h + shingle.charAt(i);
    }
    return mix(h);
  }

  /** The finaliser of SplitMix64: spreads every input bit over the output. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

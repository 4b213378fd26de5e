package org.newsgraph.nlp.depparse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The weights of a Chen and Manning transition classifier, in the text format of CoreNLP's
 * {@code nndep} models: embeddings for words, tags and labels, one cube-activated hidden layer
 * and a linear output layer with one score per transition. CoreNLP computes in double
 * precision, one dot product at a time; this model computes in float, with the layers laid out
 * so that every inner loop runs over contiguous arrays and vectorises, which makes a parse about
 * four times cheaper and changes about one arc in a thousand, where two transitions score nearly
 * alike. The hidden inputs of the {@value #PRECOMPUTED} most frequent features are computed at
 * load and those of other features met are cached. Safe across threads: the weights never
 * change and the cache is concurrent.
 */
final class TransitionModel {

  /** Special vocabulary entries of the model format. */
  static final String UNKNOWN = "-UNKNOWN-";
  static final String NULL = "-NULL-";
  static final String ROOT = "-ROOT-";

  /** How many of the features the model lists by frequency get their hidden input at load. */
  static final int PRECOMPUTED = 40_000;

  /** Floats per vector register (AVX2); the output layer's rows are padded to a multiple. */
  private static final int LANES = 8;

  /** How many other features' hidden inputs are kept once met (4 KB each); cleared when full. */
  private static final int CACHED = 10_000;

  private final Map<String, Integer> words;
  private final Map<String, Integer> tags;
  private final List<String> labels;
  private final int firstLabelId;
  private final int featureCount;
  private final int embeddingSize;
  private final int hiddenSize;
  private final int transitions;
  private final float[][] embeddings;
  /** Row {@code position * embeddingSize + d}: the hidden weights of input unit d of a position. */
  private final float[][] inputWeights;
  private final float[] hiddenBias;
  /** Row h: the weight of hidden unit h in every transition's score. */
  private final float[][] outputWeights;
  /** For each feature id ({@code value * featureCount + position}), its row in products, or -1. */
  private final int[] precomputedRow;
  private final float[][] products;
  private final Map<Integer, float[]> cached = new ConcurrentHashMap<>();

  private TransitionModel(Reader in) throws IOException {
    int dictionarySize = in.header("dict");
    int tagCount = in.header("pos");
    int labelCount = in.header("label");
    embeddingSize = in.header("embeddingSize");
    hiddenSize = in.header("hiddenSize");
    featureCount = in.header("numTokens");
    int precomputedCount = in.header("preComputed");
    int vocabulary = dictionarySize + tagCount + labelCount;
    embeddings = new float[vocabulary][];
    String[] names = new String[vocabulary];
    for (int id = 0; id < vocabulary; id++) {
      String[] fields = in.fields(embeddingSize + 1);
      names[id] = fields[0];
      embeddings[id] = floats(fields, 1, embeddingSize);
    }
    words = ids(names, 0, dictionarySize);
    tags = ids(names, dictionarySize, dictionarySize + tagCount);
    firstLabelId = dictionarySize + tagCount;
    labels = List.of(Arrays.copyOfRange(names, firstLabelId, vocabulary));
    inputWeights = new float[embeddingSize * featureCount][];
    for (int column = 0; column < inputWeights.length; column++) {
      inputWeights[column] = floats(in.fields(hiddenSize), 0, hiddenSize);
    }
    hiddenBias = floats(in.fields(hiddenSize), 0, hiddenSize);
    transitions = labelCount * 2 - 1;
    int padded = (transitions + LANES - 1) / LANES * LANES;
    outputWeights = new float[hiddenSize][];
    for (int h = 0; h < hiddenSize; h++) {
      outputWeights[h] = Arrays.copyOf(floats(in.fields(transitions), 0, transitions), padded);
    }
    precomputedRow = new int[vocabulary * featureCount];
    Arrays.fill(precomputedRow, -1);
    int kept = Math.min(precomputedCount, PRECOMPUTED);
    products = new float[kept][];
    int listed = 0;
    while (listed < precomputedCount) {
      for (String field : in.fields(-1)) {
        int feature = Integer.parseInt(field);
        if (listed < kept) {
          precomputedRow[feature] = listed;
          products[listed] = product(feature / featureCount, feature % featureCount);
        }
        listed++;
      }
    }
  }

  /** Loads a model from the class path, gzipped when its name ends in {@code .gz}. */
  static TransitionModel load(String resource) {
    InputStream raw = TransitionModel.class.getClassLoader().getResourceAsStream(resource);
    if (raw == null) {
      throw new IllegalStateException("parser model " + resource + " is not on the class path");
    }
    try (InputStream stream = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16)) {
      return new TransitionModel(new Reader(reader, resource));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parser model " + resource, e);
    }
  }

  int featureCount() {
    return featureCount;
  }

  /** The dependency labels, the first being {@link #NULL}. */
  List<String> labels() {
    return labels;
  }

  int wordId(String word) {
    Integer id = words.get(word);
    return id != null ? id : words.get(UNKNOWN);
  }

  int tagId(String tag) {
    Integer id = tags.get(tag);
    return id != null ? id : tags.get(UNKNOWN);
  }

  /** The embedding id of the label at {@code index} in {@link #labels()}. */
  int labelId(int index) {
    return firstLabelId + index;
  }

  int transitionCount() {
    return transitions;
  }

  /** Fresh working memory for {@link #score}; one per parse, so threads share nothing. */
  Scratch scratch() {
    return new Scratch(new float[hiddenSize], new float[outputWeights[0].length]);
  }

  /**
   * The score of every transition for the given feature values (embedding ids), at the indexes
   * below {@link #transitionCount()}; the scores array is longer, padded for whole vectors.
   */
  float[] score(int[] features, Scratch scratch) {
    float[] hidden = scratch.hidden();
    Arrays.fill(hidden, 0);
    for (int position = 0; position < features.length; position++) {
      addInPlace(hidden, hiddenInput(features[position], position));
    }
    for (int h = 0; h < hiddenSize; h++) {
      float x = hidden[h] + hiddenBias[h];
      hidden[h] = x * x * x;
    }
    float[] scores = scratch.scores();
    Arrays.fill(scores, 0);
    int h = 0;
    for (; h + 3 < hiddenSize; h += 4) {
      addWeighted(scores, hidden[h], outputWeights[h], hidden[h + 1], outputWeights[h + 1],
          hidden[h + 2], outputWeights[h + 2], hidden[h + 3], outputWeights[h + 3]);
    }
    for (; h < hiddenSize; h++) {
      float[] weights = outputWeights[h];
      for (int t = 0; t < scores.length; t++) {
        scores[t] += hidden[h] * weights[t];
      }
    }
    return scores;
  }

  /** What one feature value at one position adds to the hidden layer. */
  private float[] hiddenInput(int value, int position) {
    int feature = value * featureCount + position;
    int row = precomputedRow[feature];
    if (row >= 0) {
      return products[row];
    }
    float[] product = cached.get(feature);
    if (product == null) {
      product = product(value, position);
      if (cached.size() >= CACHED) {
        cached.clear();
      }
      cached.put(feature, product);
    }
    return product;
  }

  private float[] product(int value, int position) {
    float[] sum = new float[hiddenSize];
    float[] embedding = embeddings[value];
    int first = position * embeddingSize;
    for (int d = 0; d < embeddingSize; d++) {
      float e = embedding[d];
      float[] weights = inputWeights[first + d];
      for (int h = 0; h < hiddenSize; h++) {
        sum[h] += weights[h] * e;
      }
    }
    return sum;
  }

  private static void addInPlace(float[] to, float[] from) {
    for (int i = 0; i < to.length; i++) {
      to[i] += from[i];
    }
  }

  /** Adds four hidden units' weighted contributions to the scores, in one pass over them. */
  private static void addWeighted(float[] scores, float a, float[] wa, float b, float[] wb,
      float c, float[] wc, float d, float[] wd) {
    for (int t = 0; t < scores.length; t++) {
      scores[t] = scores[t] + a * wa[t] + b * wb[t] + c * wc[t] + d * wd[t];
    }
  }

  private static Map<String, Integer> ids(String[] names, int from, int to) {
    Map<String, Integer> ids = new HashMap<>(2 * (to - from));
    for (int id = from; id < to; id++) {
      ids.put(names[id], id);
    }
    return ids;
  }

  private static float[] floats(String[] fields, int from, int count) {
    float[] values = new float[count];
    for (int i = 0; i < count; i++) {
      values[i] = Float.parseFloat(fields[from + i]);
    }
    return values;
  }

  /** Per-parse buffers: the hidden layer and the scores. */
  record Scratch(float[] hidden, float[] scores) {}

  /** Reads the model's lines, naming the resource and line in every format error. */
  private static final class Reader {
    private final BufferedReader lines;
    private final String resource;
    private int lineNumber;

    Reader(BufferedReader lines, String resource) {
      this.lines = lines;
      this.resource = resource;
    }

    int header(String key) throws IOException {
      String line = next();
      if (line.startsWith("language=")) {
        next();
        line = next();
      }
      if (!line.startsWith(key + "=")) {
        throw error("expected " + key + "=");
      }
      return Integer.parseInt(line.substring(key.length() + 1).trim());
    }

    /** The line's space-separated fields; exactly {@code count} of them unless it is -1. */
    String[] fields(int count) throws IOException {
      String[] fields = next().split(" ");
      if (count >= 0 && fields.length < count) {
        throw error("expected " + count + " fields, found " + fields.length);
      }
      return fields;
    }

    private String next() throws IOException {
      String line = lines.readLine();
      lineNumber++;
      if (line == null) {
        throw error("unexpected end of file");
      }
      return line;
    }

    private IllegalStateException error(String problem) {
      return new IllegalStateException(
          "parser model " + resource + ", line " + lineNumber + ": " + problem);
    }
  }
}

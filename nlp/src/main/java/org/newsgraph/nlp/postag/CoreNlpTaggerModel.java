package org.newsgraph.nlp.postag;

import edu.stanford.nlp.tagger.maxent.Extractor;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.tagger.maxent.TaggerConfig;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What our tagger needs of a model loaded by CoreNLP's {@link MaxentTagger}: the tag set, the
 * weights, the feature templates (CoreNLP's extractors, which the model file serialises), the
 * word dictionary and the word normalisation. CoreNLP keeps all of these package-private and
 * offers no way to score one tag context at a time, so this class reads them through reflection
 * (the CoreNLP jar is on the class path, not a named module, so that needs no JVM flags); the
 * model bytes stay CoreNLP's and no other model file ships. The extractors are evaluated as black
 * boxes on CoreNLP's own history objects, once per word or per position, never per tag context.
 */
final class CoreNlpTaggerModel {

  /** The word CoreNLP appends to every sentence before tagging it. */
  static final String END_WORD = edu.stanford.nlp.tagger.common.Tagger.EOS_WORD;

  private static final String PACKAGE = "edu.stanford.nlp.tagger.maxent.";

  private final MaxentTagger tagger;
  private final Object tagIndex;
  private final Object dictionary;
  private final List<String> tags;
  private final double[] weights;
  private final Function<String, String> wordFunction;
  private final int minWordsLockTags;
  private final String[] openTags;
  private final List<Template> templates = new ArrayList<>();

  private final Method dictionarySum;
  private final Method dictionaryTags;
  private final Method expandTags;
  private final Method isRare;
  private final MethodHandle extract;
  private final Method setWord;
  private final Method setSize;
  private final Method setTag;
  private final MethodHandle newHistory;
  private final Object commonExtractors;

  @SuppressWarnings("unchecked")
  private CoreNlpTaggerModel(MaxentTagger tagger) throws ReflectiveOperationException {
    this.tagger = tagger;
    this.tagIndex = field(tagger, "tags");
    int tagCount = (Integer) field(tagger, "ySize");
    Method tagAt = method(tagIndex.getClass(), "getTag", int.class);
    List<String> names = new ArrayList<>(tagCount);
    for (int i = 0; i < tagCount; i++) {
      names.add((String) tagAt.invoke(tagIndex, i));
    }
    this.tags = List.copyOf(names);
    Object solver = method(MaxentTagger.class, "getLambdaSolve").invoke(tagger);
    this.weights = (double[]) solver.getClass().getField("lambda").get(solver);
    this.wordFunction = (Function<String, String>) field(tagger, "wordFunction");
    TaggerConfig config = (TaggerConfig) field(tagger, "config");
    this.minWordsLockTags = config == null ? 1 : config.getMinWordsLockTags();
    this.dictionary = field(tagger, "dict");
    this.dictionarySum = method(dictionary.getClass(), "sum", String.class);
    this.dictionaryTags = method(dictionary.getClass(), "getTags", String.class);
    this.expandTags = method(tagIndex.getClass(), "deterministicallyExpandTags", String[].class);
    this.openTags = (String[]) method(tagIndex.getClass(), "getOpenTagsArray").invoke(tagIndex);
    this.isRare = method(MaxentTagger.class, "isRare", String.class);
    Class<?> extractorClass = Class.forName(PACKAGE + "Extractor");
    Class<?> historyClass = Class.forName(PACKAGE + "History");
    Class<?> pairsClass = Class.forName(PACKAGE + "PairsHolder");
    Class<?> extractorsClass = Class.forName(PACKAGE + "Extractors");
    MethodHandles.Lookup lookup =
        MethodHandles.privateLookupIn(extractorClass, MethodHandles.lookup());
    this.extract = lookup.findVirtual(extractorClass, "extract",
            MethodType.methodType(String.class, historyClass, pairsClass))
        .asType(MethodType.methodType(String.class, Extractor.class, Object.class, Object.class));
    this.setWord = method(pairsClass, "setWord", int.class, String.class);
    this.setSize = method(pairsClass, "setSize", int.class);
    this.setTag = method(pairsClass, "setTag", int.class, String.class);
    this.newHistory = lookup.findConstructor(historyClass, MethodType.methodType(
            void.class, int.class, int.class, int.class, pairsClass, extractorsClass))
        .asType(MethodType.methodType(
            Object.class, int.class, int.class, int.class, Object.class, Object.class));
    this.commonExtractors = field(tagger, "extractors");
    List<Map<String, int[]>> features = (List<Map<String, int[]>>) field(tagger, "fAssociations");
    Method size = method(extractorsClass, "size");
    Method get = method(extractorsClass, "get", int.class);
    int commonCount = (Integer) size.invoke(commonExtractors);
    addTemplates(commonExtractors, size, get, features, 0, false);
    addTemplates(field(tagger, "extractorsRare"), size, get, features, commonCount, true);
  }

  /** Loads a tagger model with CoreNLP (path on the class path or in the file system). */
  static CoreNlpTaggerModel load(String path) {
    MaxentTagger tagger = new MaxentTagger(path);
    try {
      return new CoreNlpTaggerModel(tagger);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException(
          "tagger model " + path + ": this CoreNLP version hides its weights differently", e);
    }
  }

  List<String> tags() {
    return tags;
  }

  double[] weights() {
    return weights;
  }

  /** Every feature template, common ones first, each group in the model's order. */
  List<Template> templates() {
    return templates;
  }

  /** The word as the model saw it in training (CoreNLP's word function, e.g. Americanised). */
  String normalise(String word) {
    return wordFunction == null ? word : wordFunction.apply(word);
  }

  boolean isRare(String word) {
    return (Boolean) call(isRare, tagger, word);
  }

  /** The tags the word may take, in the order CoreNLP's search tries them. */
  String[] candidateTags(String word) {
    int count = (Integer) call(dictionarySum, dictionary, word);
    String[] known = count == 0 || count < minWordsLockTags
        ? openTags : (String[]) call(dictionaryTags, dictionary, word);
    return (String[]) call(expandTags, tagIndex, (Object) known);
  }

  /** CoreNLP's holder of the given words, on which templates are evaluated. */
  Object sentence(List<String> words) {
    Object pairs = newPairs();
    call(setSize, pairs, words.size());
    for (int i = 0; i < words.size(); i++) {
      call(setWord, pairs, i, words.get(i));
    }
    return pairs;
  }

  /** A position of a sentence made by {@link #sentence}, to read templates at. */
  Position position(Object sentence, int length, int position) {
    return position(sentence, 0, length - 1, position);
  }

  /** The value of a template at a position. */
  String value(Template template, Position position) {
    try {
      return (String) extract.invokeExact(
          template.extractor(), position.history(), position.pairs());
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot evaluate " + template, e);
    }
  }

  /**
   * The value of a template that reads only the tags before a word, given those two tags; null
   * stands for no tag, before the sentence's start (CoreNLP's "NA").
   */
  String valueAfter(Template template, String secondLast, String last) {
    Object pairs = sentence(List.of("", "", ""));
    int start = last == null ? 2 : secondLast == null ? 1 : 0;
    if (secondLast != null) {
      call(setTag, pairs, 0, secondLast);
    }
    if (last != null) {
      call(setTag, pairs, 1, last);
    }
    return value(template, position(pairs, start, 2, 2));
  }

  private Position position(Object sentence, int start, int end, int position) {
    try {
      Object history =
          (Object) newHistory.invokeExact(start, end, position, sentence, commonExtractors);
      return new Position(history, sentence);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot make a CoreNLP history", e);
    }
  }

  private Object newPairs() {
    try {
      return Class.forName(PACKAGE + "PairsHolder").getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make a CoreNLP sentence holder", e);
    }
  }

  private void addTemplates(Object extractors, Method size, Method get,
      List<Map<String, int[]>> features, int offset, boolean rare)
      throws ReflectiveOperationException {
    int count = (Integer) size.invoke(extractors);
    for (int i = 0; i < count; i++) {
      Extractor extractor = (Extractor) get.invoke(extractors, i);
      templates.add(new Template(extractor, features.get(offset + i), rare));
    }
  }

  private static Object call(Method method, Object target, Object... args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + method, e);
    }
  }

  private static RuntimeException rethrow(InvocationTargetException e) {
    return e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
  }

  private static Object field(Object target, String name) throws ReflectiveOperationException {
    Class<?> type = target.getClass();
    while (type != null) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
      } catch (NoSuchFieldException e) {
        type = type.getSuperclass();
      }
    }
    throw new NoSuchFieldException(name);
  }

  private static Method method(Class<?> type, String name, Class<?>... parameters)
      throws NoSuchMethodException {
    Class<?> owner = type;
    while (owner != null) {
      try {
        Method method = owner.getDeclaredMethod(name, parameters);
        method.setAccessible(true);
        return method;
      } catch (NoSuchMethodException e) {
        owner = owner.getSuperclass();
      }
    }
    throw new NoSuchMethodException(type.getName() + "." + name);
  }

  /** CoreNLP's view of one position of a sentence: its history and word-tag holder. */
  record Position(Object history, Object pairs) {}

  /**
   * One feature template of the model: CoreNLP's extractor, the feature numbers of each of its
   * values per tag (-1 where the value has no weight for the tag), and whether it applies only
   * to rare words.
   */
  record Template(Extractor extractor, Map<String, int[]> features, boolean rare) {

    /** The feature numbers of a value, per tag, or null when the value has none. */
    int[] featuresOf(String value) {
      return features.get(value);
    }

    String className() {
      return extractor.getClass().getName();
    }

    @Override
    public String toString() {
      return extractor.toString();
    }
  }
}

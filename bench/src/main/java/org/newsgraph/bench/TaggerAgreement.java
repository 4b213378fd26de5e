package org.newsgraph.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.core.Article;
import org.newsgraph.nlp.corenlp.CoreNlpAnalyzer;
import org.newsgraph.nlp.postag.MaxentPosTagger;

/**
 * Compares our part-of-speech tagger with CoreNLP's {@code MaxentTagger}, both with CoreNLP's
 * default English model, on every sentence of the extraction dev gold texts ({@link
 * ReadingArticles#all}), tokenized and split as {@link CoreNlpAnalyzer} does: the share of tokens
 * and of whole sentences on which they agree, the first disagreements, and the CPU time each
 * takes per sentence once warm. Options: {@code --texts N} (default all), {@code --passes N}
 * timed passes per tagger (default {@value #DEFAULT_PASSES}).
 */
public final class TaggerAgreement {

  private static final int DEFAULT_PASSES = 1;
  private static final int SHOWN = 10;

  private TaggerAgreement() {}

  public static void main(String[] args) {
    Options options = new Options(args);
    int passes = options.count("--passes", DEFAULT_PASSES);
    StanfordCoreNLP tokenizer = new StanfordCoreNLP(CoreNlpAnalyzer.tokenizing());
    List<List<CoreLabel>> sentences = new ArrayList<>();
    for (Article article : ReadingArticles.all(options.count("--texts", Integer.MAX_VALUE))) {
      Annotation document = new Annotation(article.text());
      tokenizer.annotate(document);
      for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
        sentences.add(sentence.get(CoreAnnotations.TokensAnnotation.class));
      }
    }
    MaxentPosTagger ours = MaxentPosTagger.load(MaxentPosTagger.ENGLISH);
    MaxentTagger theirs = new MaxentTagger(MaxentPosTagger.ENGLISH);
    long tokens = 0;
    long agreeing = 0;
    int identical = 0;
    List<String> shown = new ArrayList<>();
    for (List<CoreLabel> sentence : sentences) {
      List<String> words = words(sentence);
      List<String> a = ours.tag(words);
      List<TaggedWord> b = theirs.tagSentence(sentence);
      int same = 0;
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).equals(b.get(i).tag())) {
          same++;
        } else if (shown.size() < SHOWN) {
          shown.add(String.format(Locale.ROOT, "  %s: ours %s, CoreNLP %s in: %s",
              words.get(i), a.get(i), b.get(i).tag(), String.join(" ", words)));
        }
      }
      tokens += a.size();
      agreeing += same;
      identical += same == a.size() ? 1 : 0;
    }
    double oursMs = CpuTime.millisPerItem(sentences, passes, s -> ours.tag(words(s)));
    double theirsMs = CpuTime.millisPerItem(sentences, passes, theirs::tagSentence);
    System.out.printf(Locale.ROOT, "%d sentences, %d tokens%n", sentences.size(), tokens);
    System.out.printf(Locale.ROOT, "tokens agreeing    %d (%.4f%%)%n",
        agreeing, 100.0 * agreeing / tokens);
    System.out.printf(Locale.ROOT, "sentences the same %d (%.4f%%)%n",
        identical, 100.0 * identical / sentences.size());
    shown.forEach(System.out::println);
    System.out.printf(Locale.ROOT, "CPU per sentence   ours %.3f ms, CoreNLP %.3f ms (%.1fx)%n",
        oursMs, theirsMs, theirsMs / oursMs);
  }

  private static List<String> words(List<CoreLabel> sentence) {
    return sentence.stream().map(CoreLabel::word).toList();
  }
}

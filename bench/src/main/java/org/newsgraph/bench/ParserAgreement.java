package org.newsgraph.bench;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.core.Article;
import org.newsgraph.nlp.corenlp.CoreNlpAnalyzer;
import org.newsgraph.nlp.depparse.CoreNlpParses;
import org.newsgraph.nlp.depparse.DependencyArcs;
import org.newsgraph.nlp.depparse.TransitionParser;
import org.newsgraph.nlp.text.Sentence;

/**
 * Compares our transition parser with CoreNLP's {@code nndep} parser, both with CoreNLP's English
 * UD model, on the sentences of the reading benchmark's articles ({@link ReadingArticles}, tagged
 * by CoreNLP): the share of arcs and of whole sentences on which they agree, and the CPU time
 * each takes per sentence once warm. Options: {@code --articles N} (default
 * {@value #DEFAULT_ARTICLES}), {@code --passes N} timed passes per parser (default
 * {@value #DEFAULT_PASSES}).
 */
public final class ParserAgreement {

  private static final int DEFAULT_ARTICLES = 60;
  private static final int DEFAULT_PASSES = 3;

  private ParserAgreement() {}

  public static void main(String[] args) {
    Options options = new Options(args);
    int passes = options.count("--passes", DEFAULT_PASSES);
    CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer();
    List<Sentence> sentences = new ArrayList<>();
    for (Article article : ReadingArticles.load(options.count("--articles", DEFAULT_ARTICLES))) {
      sentences.addAll(analyzer.analyze(article.text()).sentences());
    }
    TransitionParser ours = TransitionParser.load(TransitionParser.ENGLISH_UD);
    DependencyParser theirs = DependencyParser.loadFromModelFile(TransitionParser.ENGLISH_UD);
    int arcs = 0;
    int agreeing = 0;
    int identical = 0;
    for (Sentence sentence : sentences) {
      DependencyArcs a = ours.parse(sentence);
      int same = a.sameArcs(CoreNlpParses.parse(theirs, sentence));
      arcs += a.heads().length;
      agreeing += same;
      identical += same == a.heads().length ? 1 : 0;
    }
    double oursMs = CpuTime.millisPerItem(sentences, passes, ours::parse);
    double theirsMs = CpuTime.millisPerItem(sentences, passes, s -> CoreNlpParses.parse(theirs, s));
    System.out.printf(Locale.ROOT, "%d sentences, %d arcs%n", sentences.size(), arcs);
    System.out.printf(Locale.ROOT, "arcs agreeing      %d (%.2f%%)%n",
        agreeing, 100.0 * agreeing / arcs);
    System.out.printf(Locale.ROOT, "sentences the same %d (%.2f%%)%n",
        identical, 100.0 * identical / sentences.size());
    System.out.printf(Locale.ROOT, "CPU per sentence   ours %.2f ms, CoreNLP %.2f ms (%.1fx)%n",
        oursMs, theirsMs, theirsMs / oursMs);
  }
}

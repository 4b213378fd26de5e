package org.newsgraph.nlp;

import org.newsgraph.nlp.corenlp.CoreNlpAnalyzer;
import org.newsgraph.nlp.text.Analyzer;

/**
 * One CoreNLP analyzer for all tests in a JVM: its models take seconds to load, and it is safe
 * to share.
 */
public final class SharedAnalyzer {

  private SharedAnalyzer() {}

  private static final class Holder {
    static final Analyzer INSTANCE = new CoreNlpAnalyzer();
  }

  /** The shared analyzer, loaded on first use. */
  public static Analyzer get() {
    return Holder.INSTANCE;
  }
}

package org.newsgraph.nlp.text;

/**
 * Splits a text into sentences and tagged tokens. Implementations load their models once and
 * are safe to share across threads.
 */
@FunctionalInterface
public interface Analyzer {

  /** The analysis of {@code text}; its offsets point into {@code text}. */
  TextAnalysis analyze(String text);
}

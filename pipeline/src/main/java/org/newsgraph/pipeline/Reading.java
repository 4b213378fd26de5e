package org.newsgraph.pipeline;

import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.core.Article;

/** The reading stage as the pipeline sees it: an article in, its facts out. Thread-safe. */
@FunctionalInterface
public interface Reading {

  /** The facts of {@code article}. */
  AnnotatedArticle read(Article article);
}

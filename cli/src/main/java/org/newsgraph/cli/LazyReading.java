package org.newsgraph.cli;

import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.nlp.ArticleReader;
import org.newsgraph.nlp.StandardReading;
import org.newsgraph.pipeline.Reading;

/**
 * The standard reading, loaded on first use: a run whose pages are all known already never pays for
 * loading the models.
 */
final class LazyReading implements Reading {

  private volatile ArticleReader reader;

  @Override
  public AnnotatedArticle read(Article article) {
    return reader().read(article);
  }

  private ArticleReader reader() {
    ArticleReader loaded = reader;
    if (loaded == null) {
      synchronized (this) {
        loaded = reader;
        if (loaded == null) {
          loaded = StandardReading.create();
          reader = loaded;
        }
      }
    }
    return loaded;
  }
}

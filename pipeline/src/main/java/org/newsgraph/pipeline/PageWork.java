package org.newsgraph.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.core.ArticleExtractor;
import org.newsgraph.core.Extraction;
import org.newsgraph.core.Page;
import org.newsgraph.index.KnowledgeWriter;
import org.newsgraph.ingest.PageLoadException;

/**
 * The work on one page before the index: load, skip when an earlier run ingested it, extract, skip
 * when the index knows the article, read. Runs on worker threads; never throws.
 */
final class PageWork {

  private final ArticleExtractor extractor;
  private final Reading reading;
  private final KnowledgeWriter writer;
  private final StageClock clock;

  PageWork(ArticleExtractor extractor, Reading reading, KnowledgeWriter writer, StageClock clock) {
    this.extractor = extractor;
    this.reading = reading;
    this.writer = writer;
    this.clock = clock;
  }

  PageResult run(int sourceIndex, PendingPage pending) {
    String name = pending.source();
    if (pending.notModified()) {
      return new PageResult(
          sourceIndex, name, null, false, false, PageOutcome.NOT_MODIFIED, null, null);
    }
    long started = System.nanoTime();
    Page page;
    try {
      page = pending.load();
    } catch (PageLoadException e) {
      return new PageResult(
          sourceIndex, name, null, false, false, PageOutcome.FAILED, null, e.problem());
    } finally {
      clock.add("load", started);
    }
    String key = keyOf(page);
    if (writer.seenPage(key)) {
      return new PageResult(
          sourceIndex, name, key, true, false, PageOutcome.ALREADY_INGESTED, null, null);
    }
    started = System.nanoTime();
    Extraction extraction = extractor.extract(page);
    clock.add("extract", started);
    if (extraction instanceof Extraction.Rejected rejected) {
      return new PageResult(
          sourceIndex, name, key, true, false, PageOutcome.REJECTED, null, rejected.reason());
    }
    Extraction.Accepted accepted = (Extraction.Accepted) extraction;
    KnowledgeWriter.Outcome known = writer.classify(accepted.article());
    if (known == KnowledgeWriter.Outcome.UNCHANGED || known == KnowledgeWriter.Outcome.DUPLICATE) {
      PageOutcome outcome =
          known == KnowledgeWriter.Outcome.UNCHANGED
              ? PageOutcome.UNCHANGED
              : PageOutcome.DUPLICATE;
      return new PageResult(sourceIndex, name, key, true, true, outcome, null, null);
    }
    started = System.nanoTime();
    try {
      AnnotatedArticle annotated = reading.read(accepted.article());
      return new PageResult(
          sourceIndex, name, key, true, true, PageOutcome.INDEXED, annotated, null);
    } catch (RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new PageResult(
          sourceIndex,
          name,
          key,
          true,
          true,
          PageOutcome.FAILED,
          null,
          "reading failed: " + why.lines().findFirst().orElse(why));
    } finally {
      clock.add("read", started);
    }
  }

  /** The page's key: a hash of its name and its bytes, so a changed page is read again. */
  static String keyOf(Page page) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(page.source().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(page.content());
      return "p" + HexFormat.of().formatHex(sha.digest()).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}

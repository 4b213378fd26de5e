package org.newsgraph.pipeline;

import org.newsgraph.core.AnnotatedArticle;

/**
 * What the workers made of one page, before the index has it.
 *
 * @param key the page's key in the index's ledger, or null when it was not read
 * @param annotated the article and its facts when there is one to add, else null
 * @param reason why it was rejected or failed, else null
 */
record PageResult(
    int sourceIndex,
    String page,
    String key,
    boolean fetched,
    boolean extracted,
    PageOutcome outcome,
    AnnotatedArticle annotated,
    String reason) {}

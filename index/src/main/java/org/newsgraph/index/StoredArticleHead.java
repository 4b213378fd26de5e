package org.newsgraph.index;

import org.newsgraph.core.Article;

/** An article being added, with the id and story the index gave it. */
record StoredArticleHead(String id, String story, Article article) {}

package org.newsgraph.index;

import java.util.List;
import java.util.Objects;
import org.newsgraph.core.AnnotatedArticle;

/**
 * An article as the index keeps it: its facts, its identity and the story it belongs to.
 *
 * @param id stable id derived from the canonical URL, or from the content hash when the article has
 *     no URL
 * @param storyId the id of the first article of its story: syndicated copies of one wire story
 *     share it
 * @param contentHash SHA-256 of the body text, hex
 * @param entities the article's entities and the merged entities they joined
 */
public record StoredArticle(
    String id,
    String storyId,
    String contentHash,
    List<EntityLink> entities,
    AnnotatedArticle annotated) {
  public StoredArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(annotated, "annotated");
    entities = List.copyOf(entities);
  }
}

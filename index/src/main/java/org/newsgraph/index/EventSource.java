package org.newsgraph.index;

import java.util.Objects;
import org.newsgraph.core.EventStatus;

/**
 * One article's report of a merged event: where it was read and the words that state it.
 *
 * @param article the article's id
 * @param story the article's story id; copies of one wire story share it
 * @param evidence the words of the article that state the event; start and end are their span
 */
public record EventSource(
    String article,
    String story,
    String url,
    String site,
    String title,
    String published,
    EventStatus status,
    String evidence,
    int start,
    int end) {
  public EventSource {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(evidence, "evidence");
  }
}

package org.newsgraph.core;

import java.util.Objects;

/**
 * Someone's words in an article.
 *
 * @param id      unique within the article ("q1", ...)
 * @param text    the quoted or reported content, without the quotation marks
 * @param speaker who said it, or {@code null} for scare quotes and headlines
 * @param cue     the attribution words, or {@code null}
 */
public record Quote(String id, String text, int start, int end, QuoteKind kind, Speaker speaker, Cue cue)
    implements Grounded {
  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Grounded.check(text, start, end);
  }
}

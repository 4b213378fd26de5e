package org.newsgraph.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A clean news article: its metadata and its body text. Every fact found later points into
 * {@link #text()} by character offsets, so the text is never changed once an article exists.
 *
 * @param source    the input as the user gave it
 * @param url       the canonical address when the page gives one, else the address it came from,
 *                  else {@code null}
 * @param title     the headline, or {@code null} when none was found
 * @param authors   the bylines' people or organisations, in page order; may be empty
 * @param published the publication time as an ISO-8601 date ({@code 2019-02-18}) or date-time
 *                  with offset ({@code 2019-02-18T05:00:00+08:00}), or {@code null}
 * @param language  the ISO 639-1 code of the text's language, or {@code null} when undetermined
 * @param site      the publication's name ("The Business Times"), or {@code null}
 * @param dateline  the place the story was filed from ("TOKYO"), or {@code null}
 * @param text      the body only: paragraphs separated by one blank line; no title, no byline
 * @param images    the body's images, in page order
 */
public record Article(
    String source,
    String url,
    String title,
    List<String> authors,
    String published,
    String language,
    String site,
    String dateline,
    String text,
    List<Image> images) {

  public Article {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    authors = List.copyOf(authors);
    images = List.copyOf(images);
    if (published != null) {
      PublicationDates.requireValid(published);
    }
  }

  /** The calendar date of publication, when known. */
  public LocalDate publishedDate() {
    return published == null ? null : PublicationDates.dateOf(published);
  }

  /** This article with another publication time (for example one the user supplied). */
  public Article withPublished(String newPublished) {
    return new Article(
        source, url, title, authors, newPublished, language, site, dateline, text, images);
  }
}

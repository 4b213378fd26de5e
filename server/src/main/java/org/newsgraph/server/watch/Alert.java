package org.newsgraph.server.watch;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something a watchlist rule found.
 *
 * @param id     stable across evaluations, so a feed reader sees each alert once
 * @param date   the day it became news
 * @param link   the UI page that shows it, a path on this server
 * @param weight independent sources behind it, to pick a selection
 * @param rule   the rule that raised it, in words
 */
public record Alert(
    String id, LocalDate date, String title, String detail, String link, int weight, String rule) {
  public Alert {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(link, "link");
  }
}

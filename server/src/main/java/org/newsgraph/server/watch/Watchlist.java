package org.newsgraph.server.watch;

import java.util.List;
import java.util.Objects;

/**
 * A saved set of rules with its digest schedule.
 *
 * @param created ISO date it was made
 * @param email   where its digest is sent, or null
 */
public record Watchlist(
    String id, String name, String created, DigestSchedule schedule, String email,
    List<Rule> rules) {

  public Watchlist {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(schedule, "schedule");
    rules = List.copyOf(rules);
  }

  /** This watchlist with one more rule. */
  public Watchlist with(Rule rule) {
    List<Rule> more = new java.util.ArrayList<>(rules);
    more.add(rule);
    return new Watchlist(id, name, created, schedule, email, more);
  }
}

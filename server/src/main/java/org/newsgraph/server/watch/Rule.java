package org.newsgraph.server.watch;

import java.util.Objects;

/**
 * One rule of a watchlist. Entities are merged entity ids, with the names they had when the rule
 * was made.
 *
 * @param other      the second entity of a {@link RuleKind#FIRST_CONTACT} rule
 * @param action     our verb class ({@code meet}) for an {@link RuleKind#EVENT} rule, or null
 * @param type       PLOVER type ({@code CONSULT}) for an {@link RuleKind#EVENT} rule, or null
 * @param minSources independent stories a {@link RuleKind#BUSY} day needs
 */
public record Rule(
    RuleKind kind,
    String entity,
    String entityName,
    String other,
    String otherName,
    String action,
    String type,
    int minSources) {

  public Rule {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(entity, "entity");
    entityName = entityName == null ? entity : entityName;
    if (kind == RuleKind.EVENT && action == null && type == null) {
      throw new IllegalArgumentException("an event rule needs an action or an event type");
    }
    if (kind == RuleKind.FIRST_CONTACT && other == null) {
      throw new IllegalArgumentException("a first-contact rule needs a second entity");
    }
    if (kind == RuleKind.FIRST_CONTACT) {
      otherName = otherName == null ? other : otherName;
    }
    if (kind == RuleKind.BUSY && minSources < 1) {
      throw new IllegalArgumentException("a busy-day rule needs at least 1 source, not " + minSources);
    }
  }

  /** The rule in words: "new CONSULT event involving Aiko Tanaka". */
  public String describe() {
    switch (kind) {
      case EVENT:
        return "new " + String.join(" ", java.util.stream.Stream.of(action, type)
            .filter(Objects::nonNull).toList()) + " event involving " + entityName;
      case FIRST_CONTACT:
        return "first event between " + entityName + " and " + otherName;
      case QUOTE:
        return "new quote by " + entityName;
      default:
        return entityName + " in " + minSources + "+ independent sources in a day";
    }
  }
}

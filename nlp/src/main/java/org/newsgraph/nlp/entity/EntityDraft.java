package org.newsgraph.nlp.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Role;

/**
 * An entity while one text is read: its type, the name it will carry, its references and roles
 * as found so far. Mutable, and confined to one call of the resolver.
 */
final class EntityDraft {

  private final EntityType type;
  private String name;
  private int nameWeight;
  private final List<Reference> references = new ArrayList<>();
  private final List<Role> roles = new ArrayList<>();

  EntityDraft(EntityType type) {
    this.type = type;
  }

  EntityType type() {
    return type;
  }

  /** The name this entity will carry. */
  String name() {
    return name;
  }

  /**
   * Offers a name; the one with the most words wins, then one not written in capitals ("Tokyo"
   * over a dateline's "TOKYO"), then the first.
   */
  void offerName(String candidate, int words) {
    int weight = 2 * words + (isCapitals(candidate) ? 0 : 1);
    if (name == null || weight > nameWeight) {
      name = candidate;
      nameWeight = weight;
    }
  }

  private static boolean isCapitals(String s) {
    return s.equals(s.toUpperCase(Locale.ROOT)) && s.length() > 1;
  }

  /** Sets the name whatever was offered before (a place's usual name). */
  void fixName(String fixed) {
    name = fixed;
    nameWeight = Integer.MAX_VALUE;
  }

  void add(Reference reference) {
    references.add(reference);
  }

  void addRole(Role role) {
    roles.add(role);
  }

  /** The references in text order. */
  List<Reference> references() {
    List<Reference> sorted = new ArrayList<>(references);
    sorted.sort(Comparator.comparingInt(Reference::mentionFrom));
    return sorted;
  }

  /** The references of one kind, in the order they were added. */
  List<Reference> references(MentionKind kind) {
    return references.stream().filter(r -> r.kind() == kind).toList();
  }

  List<Role> roles() {
    return roles;
  }

  /** The first token of the earliest reference. */
  int firstToken() {
    int first = Integer.MAX_VALUE;
    for (Reference r : references) {
      first = Math.min(first, r.mentionFrom());
    }
    return first;
  }

  /** Whether some reference of this entity starts before token {@code i}. */
  boolean mentionedBefore(int i) {
    return firstToken() < i;
  }
}

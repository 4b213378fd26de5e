package org.newsgraph.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityKey;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Role;

/**
 * Folds one article's entity into the entity merged across articles. Merging the same article twice
 * changes nothing, so a re-ingested article is never counted twice.
 */
final class EntityMerger {

  private static final Comparator<RoleSeen> BY_DATE =
      Comparator.comparing(RoleSeen::date, Comparator.nullsLast(Comparator.naturalOrder()));

  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "i");

  private EntityMerger() {}

  /**
   * The merged entity after {@code entity} of article {@code article} (published on {@code date},
   * which may be null) joins {@code known} (null for a new entity with id {@code id}).
   */
  static KnownEntity merge(
      KnownEntity known, String id, Entity entity, EntityKey key, String article, String date) {
    if (known != null && known.articles().contains(article)) {
      return known;
    }
    TreeSet<String> aliases = new TreeSet<>(known == null ? List.of() : known.aliases());
    aliases.add(entity.name());
    for (Mention m : entity.mentions()) {
      if (isName(m)) {
        aliases.add(m.text());
      }
    }
    List<String> keys = new ArrayList<>(known == null ? List.of(key.name()) : known.keys());
    for (String alias : new TreeSet<>(key.aliases())) {
      if (!keys.contains(alias)) {
        keys.add(alias);
      }
    }
    List<RoleSeen> roles = new ArrayList<>(known == null ? List.of() : known.roles());
    for (Role r : entity.roles()) {
      RoleSeen seen = new RoleSeen(r.text(), r.former(), date, article);
      if (roles.stream().noneMatch(x -> sameRole(x, seen))) {
        roles.add(seen);
      }
    }
    roles.sort(BY_DATE);
    List<String> articles = new ArrayList<>(known == null ? List.of() : known.articles());
    articles.add(article);
    int mentions = (known == null ? 0 : known.mentions()) + entity.mentions().size();
    return new KnownEntity(
        known == null ? id : known.id(),
        entity.type(),
        known == null ? entity.name() : known.name(),
        List.copyOf(aliases),
        keys,
        roles,
        articles,
        mentions,
        earlier(known == null ? null : known.firstSeen(), date),
        later(known == null ? null : known.lastSeen(), date));
  }

  /** A mention written as a name (capitalised, not a pronoun) is an alias. */
  private static boolean isName(Mention m) {
    return !m.text().isEmpty()
        && Character.isUpperCase(m.text().codePointAt(0))
        && !PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT));
  }

  private static boolean sameRole(RoleSeen a, RoleSeen b) {
    return a.text().equalsIgnoreCase(b.text())
        && a.former() == b.former()
        && Objects.equals(a.date(), b.date());
  }

  private static String earlier(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) <= 0 ? a : b;
  }

  private static String later(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }
}

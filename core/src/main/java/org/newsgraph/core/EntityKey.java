package org.newsgraph.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A stable key for an entity across articles: its type and normalised fullest name, with the
 * normalised names it also goes by. Two keys {@linkplain #sameAs match} when their types agree and
 * one's name is the other's name or alias, so "Shinzo Abe" in one article and "Abe" in another
 * meet through the alias.
 *
 * @param name    the normalised name: lower case, no accents, punctuation or honorifics
 * @param aliases normalised forms of the entity's names in the article, sorted; includes name
 */
public record EntityKey(EntityType type, String name, Set<String> aliases) {

  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "i");

  public EntityKey {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = Set.copyOf(aliases);
  }

  /** The key of an article's entity; its aliases are the mentions written as names. */
  public static EntityKey of(Entity entity) {
    Set<String> aliases = new TreeSet<>();
    String name = Keys.normalise(entity.name());
    aliases.add(name);
    for (Mention m : entity.mentions()) {
      if (!m.text().isEmpty() && Character.isUpperCase(m.text().codePointAt(0))) {
        String alias = Keys.normalise(m.text());
        if (!alias.isEmpty() && !PRONOUNS.contains(alias)) {
          aliases.add(alias);
        }
      }
    }
    return new EntityKey(entity.type(), name, aliases);
  }

  /** The key as one string, {@code person:shinzo abe}. */
  public String value() {
    return type.name().toLowerCase(Locale.ROOT) + ":" + name;
  }

  /** Whether both keys stand for the same entity. */
  public boolean sameAs(EntityKey other) {
    return type == other.type
        && (name.equals(other.name) || aliases.contains(other.name) || other.aliases.contains(name));
  }

}

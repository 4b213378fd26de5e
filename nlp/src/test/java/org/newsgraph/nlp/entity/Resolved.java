package org.newsgraph.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Role;
import org.newsgraph.nlp.text.TextAnalysis;

/** The entities of a text as the resolver reads them, with lookups that keep tests short. */
final class Resolved {

  private static final NewsEntityResolver RESOLVER = new NewsEntityResolver();

  private final TextAnalysis analysis;
  private final List<Entity> entities;

  private Resolved(TextAnalysis analysis) {
    this.analysis = analysis;
    this.entities = RESOLVER.resolve(analysis);
    for (Entity e : entities) {
      e.mentions().forEach(m -> assertThat(m.isGroundedIn(analysis.text())).as("grounded %s", m).isTrue());
      e.roles().forEach(r -> assertThat(r.isGroundedIn(analysis.text())).as("grounded %s", r).isTrue());
    }
  }

  static Resolved read(TextAnalysis analysis) {
    return new Resolved(analysis);
  }

  static NewsEntityResolver resolver() {
    return RESOLVER;
  }

  List<Entity> entities() {
    return entities;
  }

  /** The one entity named {@code name}; fails when there is none or several. */
  Entity named(String name) {
    List<Entity> found = entities.stream().filter(e -> e.name().equals(name)).toList();
    assertThat(found).as("entities named %s in %s", name, names()).hasSize(1);
    return found.get(0);
  }

  /** The entity with a mention whose text is {@code text}, or null. */
  Entity mentioning(String text) {
    return entities.stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(text)))
        .findFirst()
        .orElse(null);
  }

  List<String> names() {
    return entities.stream().map(e -> e.name() + ":" + e.type()).toList();
  }

  List<String> namesOf(EntityType type) {
    return entities.stream().filter(e -> e.type() == type).map(Entity::name).toList();
  }

  static List<String> mentions(Entity e) {
    return e.mentions().stream().map(Mention::text).toList();
  }

  static List<String> roles(Entity e) {
    return e.roles().stream().map(Role::text).toList();
  }

  String text() {
    return analysis.text();
  }
}

package org.newsgraph.nlp.entity;

import java.util.List;
import org.newsgraph.core.Entity;
import org.newsgraph.nlp.text.TextAnalysis;

/** Finds the entities of a text with all their mentions and roles. */
@FunctionalInterface
public interface EntityResolver {

  /** The entities of {@code analysis}, ids {@code e1, e2, ...} in order of first mention. */
  List<Entity> resolve(TextAnalysis analysis);
}

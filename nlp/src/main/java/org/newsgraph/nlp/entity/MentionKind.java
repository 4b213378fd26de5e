package org.newsgraph.nlp.entity;

/** How a mention refers to its entity. */
enum MentionKind {
  /** A name: "Shinzo Abe", "Mr Abe", "LDP". */
  NAME,
  /** A description: "the US president", "North Korean state media". */
  DESCRIPTION,
  /** A personal pronoun: "he", "her". */
  PRONOUN
}

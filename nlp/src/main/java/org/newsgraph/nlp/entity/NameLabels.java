package org.newsgraph.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.EntityType;

/**
 * The working state of name finding: a type (or none) for every token, and where each name
 * begins, so that two names of one type can stand side by side. Mutable; one per text.
 */
final class NameLabels {

  private final TokenView doc;
  private final EntityType[] type;
  private final boolean[] begin;

  private NameLabels(TokenView doc) {
    this.doc = doc;
    this.type = new EntityType[doc.size()];
    this.begin = new boolean[doc.size()];
  }

  /** The labels the name tagger gave, as maximal runs of one class within a sentence. */
  static NameLabels fromTagger(TokenView doc) {
    NameLabels labels = new NameLabels(doc);
    for (int i = 0; i < doc.size(); i++) {
      labels.type[i] = typeOf(doc.token(i).nameTag());
      labels.begin[i] = i == doc.sentenceStart(i);
    }
    return labels;
  }

  private static EntityType typeOf(String tag) {
    switch (tag) {
      case "PERSON":
        return EntityType.PERSON;
      case "ORGANIZATION":
        return EntityType.ORGANIZATION;
      case "LOCATION":
        return EntityType.LOCATION;
      case "MISC":
        return EntityType.MISC;
      default:
        return null;
    }
  }

  /** The type of token {@code i}, or null when it is in no name. */
  EntityType type(int i) {
    return type[i];
  }

  /** Whether token {@code i} is in no name. */
  boolean free(int i) {
    return type[i] == null;
  }

  /** Whether tokens {@code [from, to)} are all in no name. */
  boolean free(int from, int to) {
    for (int i = from; i < to; i++) {
      if (type[i] != null) {
        return false;
      }
    }
    return true;
  }

  /** Makes tokens {@code [from, to)} one name of type {@code t}, apart from its neighbours. */
  void set(int from, int to, EntityType t) {
    for (int i = from; i < to; i++) {
      type[i] = t;
      begin[i] = i == from;
    }
    if (to < type.length) {
      begin[to] = true;
    }
  }

  /** Takes tokens {@code [from, to)} out of any name. */
  void clear(int from, int to) {
    for (int i = from; i < to; i++) {
      type[i] = null;
      begin[i] = false;
    }
    if (to < type.length) {
      begin[to] = true;
    }
  }

  /** Starts a new name at token {@code i}. */
  void split(int i) {
    begin[i] = true;
  }

  /** The names as they stand, in text order; none has an honorific yet. */
  List<NameSpan> spans() {
    List<NameSpan> spans = new ArrayList<>();
    int i = 0;
    while (i < type.length) {
      if (type[i] == null) {
        i++;
        continue;
      }
      int end = i + 1;
      int sentenceEnd = doc.sentenceEnd(i);
      while (end < sentenceEnd && type[end] == type[i] && !begin[end]) {
        end++;
      }
      spans.add(new NameSpan(i, end, i, type[i]));
      i = end;
    }
    return spans;
  }
}

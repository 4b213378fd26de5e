package org.newsgraph.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.EventActor;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Quote;
import org.newsgraph.core.Role;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.nlp.text.Sentence;
import org.newsgraph.nlp.text.TextAnalysis;
import org.newsgraph.nlp.text.Token;

/**
 * What the event reader knows of one article while it reads: the names and entities by offset,
 * the quotes and times, and the actors it has met so far (for "he", "its" and "they").
 */
final class ArticleContext {

  private final TextAnalysis analysis;
  private final TreeMap<Integer, NamedSpan> names = new TreeMap<>();
  private final Map<String, Entity> entities = new TreeMap<>();
  private final List<Quote> quotes;
  private final List<TimeExpression> times;
  private final Map<String, String[]> codesByName = new TreeMap<>();
  private final List<List<EventActor>> groups = new ArrayList<>();
  private final List<Integer> groupOffsets = new ArrayList<>();

  ArticleContext(
      TextAnalysis analysis, List<Entity> entityList, List<TimeExpression> times, List<Quote> quotes) {
    this.analysis = analysis;
    this.quotes = List.copyOf(quotes);
    this.times = List.copyOf(times);
    for (Entity e : entityList) {
      entities.put(e.id(), e);
      for (Mention m : e.mentions()) {
        if (m.end() > m.start()) {
          names.put(m.start(), new NamedSpan(e.id(), e.name(), e.type(), m.start(), m.end()));
        }
      }
    }
    addNameTagRuns();
  }

  private void addNameTagRuns() {
    for (Sentence s : analysis.sentences()) {
      List<Token> tokens = s.tokens();
      int i = 0;
      while (i < tokens.size()) {
        Token t = tokens.get(i);
        if (!t.isNamed()) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).nameTag().equals(t.nameTag())) {
          j++;
        }
        int start = t.start();
        int end = tokens.get(j - 1).end();
        if (at(start) == null && at(end - 1) == null) {
          String words = analysis.text().substring(start, end);
          names.put(start, new NamedSpan(null, words, typeOf(t.nameTag()), start, end));
        }
        i = j;
      }
    }
  }

  private static EntityType typeOf(String nameTag) {
    return switch (nameTag) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.LOCATION;
      default -> EntityType.MISC;
    };
  }

  String text() {
    return analysis.text();
  }

  TextAnalysis analysis() {
    return analysis;
  }

  /** The named span that covers character {@code offset}, or {@code null}. */
  NamedSpan at(int offset) {
    Map.Entry<Integer, NamedSpan> e = names.floorEntry(offset);
    return e != null && e.getValue().covers(offset) ? e.getValue() : null;
  }

  Entity entity(String id) {
    return id == null ? null : entities.get(id);
  }

  /** The texts of an entity's roles, lower case, or an empty list. */
  List<String> roles(String entityId) {
    Entity e = entity(entityId);
    List<String> out = new ArrayList<>();
    if (e != null) {
      for (Role r : e.roles()) {
        if (!r.former()) {
          out.add(r.text());
        }
      }
    }
    return out;
  }

  /** The id of the quote whose words include {@code offset}, or {@code null}. */
  String quoteAt(int offset) {
    for (Quote q : quotes) {
      if (q.start() <= offset && offset < q.end()) {
        return q.id();
      }
    }
    return null;
  }

  /** The time expressions inside {@code sentence}, in text order. */
  List<TimeExpression> times(Sentence sentence) {
    List<TimeExpression> out = new ArrayList<>();
    for (TimeExpression t : times) {
      if (t.start() >= sentence.start() && t.end() <= sentence.end()) {
        out.add(t);
      }
    }
    return out;
  }

  /** The latest name of one of {@code types} that ends before {@code offset} and after {@code notBefore}. */
  NamedSpan nameBefore(int offset, int notBefore, Set<EntityType> types) {
    for (NamedSpan span : names.headMap(offset, false).descendingMap().values()) {
      if (span.start() < notBefore) {
        return null;
      }
      if (span.end() <= offset && types.contains(span.type())) {
        return span;
      }
    }
    return null;
  }

  /**
   * The country and sector found for a name earlier in the article ({@code [country, sector]}),
   * keyed by entity id, else by the name's last word: "US President Donald Trump" codes a later
   * "Mr Trump".
   */
  String[] codesOf(NamedSpan span) {
    String[] byEntity = span.entity() == null ? null : codesByName.get(span.entity());
    return byEntity != null ? byEntity : codesByName.get(lastWord(span.name()));
  }

  void rememberCodes(NamedSpan span, String country, String sector) {
    String[] codes = {country, sector};
    if (span.entity() != null) {
      codesByName.putIfAbsent(span.entity(), codes);
    }
    codesByName.putIfAbsent(lastWord(span.name()), codes);
  }

  private static String lastWord(String name) {
    String[] words = name.strip().split("\\s+");
    return "name:" + lower(words[words.length - 1]);
  }

  /** Remembers the actors of an event with two or more of them, for a later "they". */
  void sawGroup(List<EventActor> actors, int offset) {
    groups.add(List.copyOf(actors));
    groupOffsets.add(offset);
  }

  /** The latest group of actors found after {@code notBefore} and before {@code offset}, or empty. */
  List<EventActor> groupBefore(int offset, int notBefore) {
    for (int i = groups.size() - 1; i >= 0; i--) {
      int at = groupOffsets.get(i);
      if (at < offset && at >= notBefore) {
        return groups.get(i);
      }
    }
    return List.of();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

package org.newsgraph.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;
import org.newsgraph.core.EventActor;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Quote;
import org.newsgraph.core.Role;
import org.newsgraph.core.Speaker;
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
  private final List<Event> events = new ArrayList<>();
  private final List<Integer> groupOffsets = new ArrayList<>();
  private final List<String> groupKinds = new ArrayList<>();
  private String category = "";

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

  /**
   * Runs of name-tagged words that no entity covers, split at hyphens ("Trump-Kim"). A name
   * whose last word the tagger tags differently elsewhere takes its most frequent class.
   */
  private void addNameTagRuns() {
    List<int[]> runs = new ArrayList<>();
    Map<String, Map<String, Integer>> votes = new TreeMap<>();
    for (Sentence s : analysis.sentences()) {
      List<Token> tokens = s.tokens();
      int i = 0;
      while (i < tokens.size()) {
        Token t = tokens.get(i);
        if (!t.isNamed() || isHyphen(t)) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).nameTag().equals(t.nameTag()) && !isHyphen(tokens.get(j))) {
          j++;
        }
        runs.add(new int[] {t.index(), j - i});
        String last = lower(tokens.get(j - 1).text());
        votes.computeIfAbsent(last, k -> new TreeMap<>()).merge(t.nameTag(), 1, Integer::sum);
        i = j;
      }
    }
    List<Token> all = analysis.tokens();
    for (int[] run : runs) {
      Token first = all.get(run[0]);
      Token last = all.get(run[0] + run[1] - 1);
      int start = first.start();
      int end = last.end();
      if (at(start) == null && at(end - 1) == null) {
        Map<String, Integer> tags = votes.get(lower(last.text()));
        String tag = tags.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String words = analysis.text().substring(start, end);
        names.put(start, new NamedSpan(null, words, typeOf(tag), start, end));
      }
    }
  }

  private static boolean isHyphen(Token t) {
    return t.text().equals("-") || t.text().equals("\u2013") || t.text().equals("--");
  }

  /**
   * Codes from the words before each name's first mention: "US President Donald Trump",
   * "North Korean leader Kim Jong Un".
   */
  void learnTitles(ActorCodes codes) {
    List<Token> all = analysis.tokens();
    for (NamedSpan span : names.values()) {
      if (span.type() != EntityType.PERSON || codesOf(span) != null) {
        continue;
      }
      int first = tokenAt(span.start());
      List<String> words = new ArrayList<>();
      for (int i = first - 1; i >= 0 && i >= first - 5; i--) {
        Token t = all.get(i);
        NamedSpan named = at(t.start());
        boolean person = named != null && named.type() == EntityType.PERSON;
        if (!(t.pos().startsWith("NN") || t.pos().startsWith("JJ")) || person) {
          break;
        }
        words.add(0, t.text());
      }
      if (!words.isEmpty()) {
        List<ActorCodes.Found> found = codes.find(words);
        String country = found.isEmpty() ? null : found.get(0).code();
        String sector = codes.sector(words);
        if (country != null || sector != null) {
          rememberCodes(span, country, sector);
        }
      }
    }
  }

  private int tokenAt(int offset) {
    List<Token> all = analysis.tokens();
    int lo = 0;
    int hi = all.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
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

  /** The speaker of the quote whose words include {@code offset}, or {@code null}. */
  Speaker speakerAt(int offset) {
    for (Quote q : quotes) {
      if (q.start() <= offset && offset < q.end()) {
        return q.speaker();
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
   * keyed by entity id, else, for people, by the name's last or first word: "US President Donald
   * Trump" codes a later "Mr Trump". Only people are shortened to one word of their name; the
   * words of other names are shared by unrelated ones ("Northern Ireland", "Northern Fleet").
   */
  String[] codesOf(NamedSpan span) {
    String[] byEntity = span.entity() == null ? null : codesByName.get(span.entity());
    if (byEntity != null || span.type() != EntityType.PERSON) {
      return byEntity;
    }
    String[] byLast = codesByName.get(lastWord(span.name()));
    return byLast != null ? byLast : codesByName.get(firstWord(span.name()));
  }

  void rememberCodes(NamedSpan span, String country, String sector) {
    String[] codes = {country, sector};
    if (span.entity() != null) {
      codesByName.putIfAbsent(span.entity(), codes);
    }
    if (span.type() == EntityType.PERSON) {
      codesByName.putIfAbsent(lastWord(span.name()), codes);
      codesByName.putIfAbsent(firstWord(span.name()), codes);
    }
  }

  private static String firstWord(String name) {
    return "name:" + lower(name.strip().split("\\s+")[0]);
  }

  private static String lastWord(String name) {
    String[] words = name.strip().split("\\s+");
    return "name:" + lower(words[words.length - 1]);
  }

  /** Remembers the actors of an event with two or more of them, for a later "they". */
  void sawGroup(List<EventActor> actors, int offset, String category) {
    groups.add(List.copyOf(actors));
    groupOffsets.add(offset);
    groupKinds.add(category == null ? "" : category);
  }

  /** The PLOVER category of the event being read, for resolving "they" and "their". */
  void reading(String eventCategory) {
    category = eventCategory == null ? "" : eventCategory;
  }

  /**
   * The latest group of actors before {@code offset} of an event of the category being read
   * ("their summit" after "Trump met Kim"), else the latest group of any event found after
   * {@code notBefore}; empty when none.
   */
  List<EventActor> groupBefore(int offset, int notBefore) {
    List<EventActor> any = List.of();
    for (int i = groups.size() - 1; i >= 0; i--) {
      int at = groupOffsets.get(i);
      if (at < offset && groupKinds.get(i).equals(category)) {
        return groups.get(i);
      }
      if (at < offset && at >= notBefore && any.isEmpty()) {
        any = groups.get(i);
      }
    }
    return any;
  }

  /** Remembers an event read, for later references to it ("during their first summit"). */
  void read(Event event) {
    events.add(event);
  }

  /** The events read so far, in text order. */
  List<Event> events() {
    return events;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

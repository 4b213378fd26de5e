package org.newsgraph.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.EventActor;
import org.newsgraph.core.Speaker;
import org.newsgraph.nlp.text.Sentence;
import org.newsgraph.nlp.text.Token;

/**
 * The actors a noun phrase stands for: a named entity, a described group with a country or
 * sector ("Senior Hungarian and Romanian officials", "North Korean state media"), or a pronoun
 * resolved to one of those. Countries and sectors come from the phrase's own words, the
 * entity's roles, and what the article said of the same name before.
 */
final class ActorFinder {

  private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod:poss", "flat", "appos");
  private static final Set<String> PERSONAL = Set.of("he", "him", "his", "she", "her", "hers", "himself", "herself");
  private static final Set<String> IMPERSONAL = Set.of("it", "its", "itself");
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our");
  private static final Set<String> PLURAL = Set.of("they", "them", "their", "themselves", "both");
  private static final Set<String> ORIGIN = Set.of("of", "from", "in");
  private static final Set<String> COLLECTIVES = Set.of(
      "group", "member", "thousand", "hundred", "ten", "dozen", "million", "number", "team", "batch",
      "patch", "wave", "third", "half", "majority", "some", "many", "all", "contingent", "delegation");
  private static final Set<String> BODIES_WORDS = Set.of(
      "group", "side", "wing", "movement", "party", "coalition", "front", "organization", "organisation",
      "association", "union", "committee", "commission", "agency", "body", "forum", "council", "faction");
  private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "state");
  private static final Set<EntityType> PEOPLE = Set.of(EntityType.PERSON);
  private static final Set<EntityType> BODIES =
      Set.of(EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.NORP, EntityType.MISC);

  private final ActorCodes codes;
  private final Datelines datelines;

  ActorFinder(ActorCodes codes, Datelines datelines) {
    this.codes = codes;
    this.datelines = datelines;
  }

  /** The actors of the phrase headed by {@code head} and of the phrases coordinated with it. */
  List<EventActor> actors(DependencyGraph g, int head, ArticleContext context) {
    List<EventActor> out = new ArrayList<>();
    for (int h : conjuncts(g, head)) {
      for (EventActor a : actorsOf(g, h, context)) {
        if (out.stream().noneMatch(b -> Draft.same(a, b))) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /** {@code owners} in the sector the head word names: "its industry" is Japan as business. */
  List<EventActor> withSectorOf(List<EventActor> owners, DependencyGraph g, int head) {
    String sector = codes.sector(List.of(g.token(head).lemma()));
    List<EventActor> out = new ArrayList<>();
    for (EventActor a : owners) {
      out.add(new EventActor(a.entity(), a.name(), a.text(), a.start(), a.end(), a.country(),
          sector == null ? a.sector() : sector));
    }
    return out;
  }

  /** Whether a word stands for people or bodies that can act ("officials", "Japan"). */
  boolean isActorWord(Token t) {
    return codes.isSectorWord(t.lemma()) || codes.code(t.text()) != null;
  }

  /** Whether a word names a place that is no country: a city, or a location the article names. */
  boolean isPlace(Token t, ArticleContext context) {
    NamedSpan span = context.at(t.start());
    String name = span == null ? t.text() : span.name();
    ActorCodes.Kind kind = codes.code(name) == null ? null : codes.kind(name);
    if (kind != null) {
      return kind == ActorCodes.Kind.CITY;
    }
    return span != null && span.type() == EntityType.LOCATION;
  }

  /** Whether a word is a country's name or demonym. */
  boolean isCountryWord(Token t) {
    ActorCodes.Kind kind = codes.kind(t.text());
    return codes.code(t.text()) != null && kind != ActorCodes.Kind.CITY;
  }

  /** {@code head} and the heads coordinated with it, in text order. */
  static List<Integer> conjuncts(DependencyGraph g, int head) {
    List<Integer> out = new ArrayList<>();
    out.add(head);
    for (int i = 0; i < out.size(); i++) {
      for (int c : g.children(out.get(i), Set.of("conj"))) {
        if (!out.contains(c) && !g.token(c).isVerb()) {
          out.add(c);
        }
      }
    }
    out.sort(null);
    return out;
  }

  private List<EventActor> actorsOf(DependencyGraph g, int h, ArticleContext context) {
    Token t = g.token(h);
    NamedSpan span = context.at(t.start());
    String word = ArticleContext.lower(t.text());
    if (span == null && t.pos().startsWith("PRP")) {
      return pronoun(g, h, word, context);
    }
    if (span == null && isPair(g, h)) {
      return pronoun(g, h, "they", context);
    }
    if (h < datelines.length(g.sentence().tokens())) {
      return List.of();
    }
    if (span != null) {
      EventActor a = named(g, h, span, context);
      return List.of(a);
    }
    EventActor a = described(g, h, context);
    if (a == null) {
      return List.of();
    }
    List<EventActor> out = new ArrayList<>();
    out.add(a);
    for (ActorCodes.Found other : coordinatedCountries(g, h, context)) {
      if (!other.code().equals(a.country())) {
        out.add(new EventActor(null, a.name(), a.text(), a.start(), a.end(), other.code(), a.sector()));
      }
    }
    return out;
  }

  /** "The two" and "both" standing alone for the pair named before, as "they" does. */
  private static boolean isPair(DependencyGraph g, int h) {
    String word = ArticleContext.lower(g.token(h).text());
    boolean definite = g.children(h, Set.of("det")).stream().anyMatch(c -> g.lemma(c).equals("the"));
    return (word.equals("two") && definite) || (word.equals("both") && g.children(h).isEmpty());
  }

  /**
   * "Hungarian and Romanian officials", "officials in Peru and Chile": the countries of
   * coordinated modifiers and of the later conjuncts of an origin phrase.
   */
  private List<ActorCodes.Found> coordinatedCountries(DependencyGraph g, int h, ArticleContext context) {
    List<ActorCodes.Found> out = new ArrayList<>();
    for (int m : g.children(h, Set.of("amod", "compound"))) {
      if (!g.children(m, Set.of("conj")).isEmpty()) {
        List<String> words = new ArrayList<>();
        words.add(g.token(m).text());
        for (int c : g.children(m, Set.of("conj"))) {
          words.add(g.token(c).text());
        }
        out.addAll(codes.find(words));
      }
    }
    for (int c : g.children(h, Set.of("nmod"))) {
      if (ORIGIN.contains(g.caseWord(c))) {
        for (int other : g.children(c, Set.of("conj"))) {
          NamedSpan span = context.at(g.token(other).start());
          String name = span != null ? span.name() : g.token(other).text();
          String code = codes.code(name);
          if (code != null) {
            out.add(new ActorCodes.Found(code, other, other + 1, codes.kind(name)));
          }
        }
      }
    }
    return out;
  }

  private List<EventActor> pronoun(DependencyGraph g, int h, String word, ArticleContext context) {
    Token t = g.token(h);
    List<EventActor> reporter = reporter(g, h, word, context);
    if (!reporter.isEmpty()) {
      return reporter;
    }
    Speaker speaker = FIRST_PERSON.contains(word) ? context.speakerAt(t.start()) : null;
    if (speaker != null) {
      NamedSpan named = context.at(speaker.start());
      String[] known = named == null ? null : context.codesOf(named);
      List<ActorCodes.Found> found = codes.find(List.of(speaker.name().split("\\s+")));
      String country = known != null ? known[0] : found.isEmpty() ? null : found.get(0).code();
      String sector = known != null ? known[1] : codes.sector(List.of(speaker.name().split("\\s+")));
      return List.of(new EventActor(speaker.entity(), speaker.name(), t.text(), t.start(), t.end(), country, sector));
    }
    Sentence sentence = g.sentence();
    int previous = previousSentenceStart(context, sentence);
    if (PLURAL.contains(word)) {
      List<EventActor> out = new ArrayList<>();
      for (EventActor a : context.groupBefore(t.start(), previous)) {
        out.add(new EventActor(a.entity(), a.name(), t.text(), t.start(), t.end(), a.country(), a.sector()));
      }
      return out;
    }
    NamedSpan antecedent = null;
    if (PERSONAL.contains(word)) {
      antecedent = context.nameBefore(t.start(), previous, PEOPLE);
    } else if (IMPERSONAL.contains(word)) {
      antecedent = mainSubject(g, h, context);
      if (antecedent == null) {
        antecedent = context.nameBefore(t.start(), previous, BODIES);
      }
    }
    if (antecedent == null) {
      return List.of();
    }
    String[] known = context.codesOf(antecedent);
    String country = known == null ? codes.code(antecedent.name()) : known[0];
    String sector = known == null ? null : known[1];
    return List.of(new EventActor(antecedent.entity(), antecedent.name(), t.text(), t.start(), t.end(), country, sector));
  }

  /**
   * "Syria says it is willing", "rebels said they would": a pronoun subject of a reported
   * clause is the reporter, when the reporter is an actor of the right number.
   */
  private List<EventActor> reporter(DependencyGraph g, int h, String word, ArticleContext context) {
    if (!g.label(h).startsWith("nsubj")) {
      return List.of();
    }
    int clause = g.head(h);
    while (clause >= 0 && !g.label(clause).equals("ccomp") && g.label(clause).matches("xcomp|conj|cop|aux")) {
      clause = g.head(clause);
    }
    if (clause < 0 || !g.label(clause).equals("ccomp") || g.head(clause) < 0) {
      return List.of();
    }
    int subject = g.child(g.head(clause), Set.of("nsubj"));
    if (subject < 0 || subject > h || g.token(subject).pos().startsWith("PRP")) {
      return List.of();
    }
    boolean plural = g.pos(subject).endsWith("S") || !g.children(subject, Set.of("conj")).isEmpty();
    NamedSpan named = context.at(g.token(subject).start());
    boolean person = named != null && named.type() == EntityType.PERSON;
    boolean fits = PLURAL.contains(word) ? plural || (named != null && !person)
        : PERSONAL.contains(word) ? person || g.pos(subject).equals("NN")
        : IMPERSONAL.contains(word) && !plural && !person;
    if (!fits) {
      return List.of();
    }
    List<EventActor> out = new ArrayList<>();
    for (EventActor a : actors(g, subject, context)) {
      out.add(new EventActor(a.entity(), a.name(), g.token(h).text(), g.token(h).start(), g.token(h).end(), a.country(), a.sector()));
    }
    return out;
  }

  /** The subject of the sentence's root when it is a non-person name before {@code h}. */
  private static NamedSpan mainSubject(DependencyGraph g, int h, ArticleContext context) {
    for (int i = 0; i < g.size(); i++) {
      if (g.head(i) < 0) {
        int subject = g.child(i, Set.of("nsubj", "nsubj:pass"));
        if (subject >= 0 && subject < h) {
          NamedSpan span = context.at(g.token(subject).start());
          if (span != null && span.type() != EntityType.PERSON) {
            return span;
          }
        }
      }
    }
    return null;
  }

  private static int previousSentenceStart(ArticleContext context, Sentence sentence) {
    int index = sentence.index();
    List<Sentence> all = context.analysis().sentences();
    return index > 0 && index - 1 < all.size() ? all.get(index - 1).start() : sentence.start();
  }

  private EventActor named(DependencyGraph g, int h, NamedSpan span, ArticleContext context) {
    String text = context.text().substring(span.start(), span.end());
    String country = codes.code(span.name());
    ActorCodes.Kind kind = country == null ? null : codes.kind(span.name());
    if (country == null) {
      country = codes.code(text);
      kind = country == null ? null : codes.kind(text);
    }
    List<String> words = new ArrayList<>(List.of(span.name().split("\\s+")));
    List<Integer> modifiers = modifiers(g, h);
    for (int m : modifiers) {
      Token mt = g.token(m);
      if (!span.covers(mt.start())) {
        words.add(mt.lemma());
      }
    }
    for (String role : context.roles(span.entity())) {
      words.addAll(List.of(role.split("\\s+")));
    }
    String sector = codes.sector(words);
    if (country == null) {
      country = firstCountry(words);
    }
    if (country == null) {
      country = originCountry(g, h, context);
    }
    if (country == null) {
      country = appositionCountry(g, h);
    }
    if (kind == ActorCodes.Kind.COUNTRY || kind == ActorCodes.Kind.CITY) {
      sector = sector == null ? "GOV" : sector;
    }
    String[] known = context.codesOf(span);
    if (known != null) {
      country = country == null ? known[0] : country;
      sector = sector == null ? known[1] : sector;
    }
    if (country != null || sector != null) {
      context.rememberCodes(span, country, sector);
    }
    return new EventActor(span.entity(), span.name(), text, span.start(), span.end(), country, sector);
  }

  private EventActor described(DependencyGraph g, int h, ArticleContext context) {
    Token head = g.token(h);
    if (!head.pos().startsWith("NN")) {
      return null;
    }
    if (COLLECTIVES.contains(ArticleContext.lower(head.lemma()))) {
      for (int c : g.children(h, Set.of("nmod"))) {
        if (g.caseWord(c).equals("of")) {
          List<EventActor> members = actorsOf(g, c, context);
          if (!members.isEmpty()) {
            return members.get(0);
          }
        }
      }
    }
    List<Integer> phrase = modifiers(g, h);
    phrase.add(h);
    phrase.sort(null);
    List<String> words = new ArrayList<>();
    List<String> lemmas = new ArrayList<>();
    for (int i : phrase) {
      words.add(g.token(i).text());
      lemmas.add(g.token(i).lemma());
    }
    // People are coded by where they live: "the Albanians of southern Serbia" are Serbia's.
    String country = originCountry(g, h, context);
    if (country == null) {
      country = firstCountry(words);
    }
    if (country == null) {
      country = possessorCountry(g, h, context);
    }
    String sector = codes.sector(lemmas);
    boolean headIsSector = codes.isSectorWord(head.lemma()) || codes.isSectorWord(head.text());
    boolean headIsCountry = codes.code(head.text()) != null;
    boolean body = BODIES_WORDS.contains(ArticleContext.lower(head.lemma()));
    boolean namedBody = body && phrase.stream().anyMatch(i -> g.token(i).isProperNoun());
    boolean group = namedBody || (country != null && (head.pos().endsWith("S") || body));
    if (!headIsSector && !headIsCountry && !group) {
      return COUNTRY_NOUNS.contains(ArticleContext.lower(head.lemma()))
          ? definiteCountry(g, h, context) : null;
    }
    if (country == null && sector == null && !namedBody) {
      return null;
    }
    int start = g.token(phrase.get(0)).start();
    int end = head.end();
    String text = context.text().substring(start, end);
    if (codes.code(head.text()) != null && codes.kind(head.text()) != ActorCodes.Kind.DEMONYM && sector == null) {
      sector = "GOV";
    }
    return new EventActor(null, text, text, start, end, country, sector);
  }

  /** "the country", "the nation": the country named last before, as an actor. */
  private EventActor definiteCountry(DependencyGraph g, int h, ArticleContext context) {
    boolean definite = g.children(h, Set.of("det")).stream().anyMatch(c -> g.lemma(c).equals("the"));
    if (!definite) {
      return null;
    }
    Token t = g.token(h);
    NamedSpan antecedent = context.nameBefore(t.start(), previousSentenceStart(context, g.sentence()), BODIES);
    while (antecedent != null && codes.kind(antecedent.name()) != ActorCodes.Kind.COUNTRY) {
      antecedent = context.nameBefore(antecedent.start(), previousSentenceStart(context, g.sentence()), BODIES);
    }
    if (antecedent == null) {
      return null;
    }
    int start = g.child(h, Set.of("det")) >= 0 ? g.token(g.child(h, Set.of("det"))).start() : t.start();
    String text = context.text().substring(start, t.end());
    return new EventActor(antecedent.entity(), antecedent.name(), text, start, t.end(), codes.code(antecedent.name()), "GOV");
  }

  /** The country of a possessor: "its" resolved, or a named possessor ("Japan's"). */
  private String possessorCountry(DependencyGraph g, int h, ArticleContext context) {
    int possessor = g.child(h, Set.of("nmod:poss"));
    if (possessor < 0) {
      return null;
    }
    for (EventActor a : actorsOf(g, possessor, context)) {
      if (a.country() != null) {
        return a.country();
      }
    }
    return null;
  }

  /** The modifiers of a head that are part of its name or description, before it in the text. */
  private static List<Integer> modifiers(DependencyGraph g, int h) {
    List<Integer> out = new ArrayList<>();
    List<Integer> todo = new ArrayList<>(g.children(h, MODIFIERS));
    while (!todo.isEmpty()) {
      int m = todo.remove(0);
      if (m < h && !out.contains(m)) {
        out.add(m);
        todo.addAll(g.children(m, Set.of("compound", "amod", "flat", "conj")));
      }
    }
    return out;
  }

  /** "Kenzo Oshima, the United Nations relief coordinator": the country of an apposition. */
  private String appositionCountry(DependencyGraph g, int h) {
    for (int a : g.children(h, Set.of("appos"))) {
      List<Integer> phrase = modifiers(g, a);
      phrase.add(a);
      phrase.sort(null);
      List<String> words = new ArrayList<>();
      for (int i : phrase) {
        words.add(g.token(i).text());
      }
      String code = firstCountry(words);
      if (code != null) {
        return code;
      }
    }
    return null;
  }

  private String firstCountry(List<String> words) {
    List<ActorCodes.Found> found = codes.find(words);
    return found.isEmpty() ? null : found.get(0).code();
  }

  /** The country of an "of", "from" or "in" phrase: "soldiers from Gondor", "activists in Arnor". */
  private String originCountry(DependencyGraph g, int h, ArticleContext context) {
    for (int c : g.children(h, Set.of("nmod"))) {
      if (ORIGIN.contains(g.caseWord(c))) {
        NamedSpan span = context.at(g.token(c).start());
        String name = span != null ? span.name() : g.token(c).text();
        String code = codes.code(name);
        if (code == null) {
          List<String> words = new ArrayList<>();
          for (int m : modifiers(g, c)) {
            words.add(g.token(m).text());
          }
          words.add(g.token(c).text());
          code = firstCountry(words);
        }
        if (code != null) {
          return code;
        }
      }
    }
    return null;
  }
}

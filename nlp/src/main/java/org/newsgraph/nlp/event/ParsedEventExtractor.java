package org.newsgraph.nlp.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Event;
import org.newsgraph.core.EventActor;
import org.newsgraph.core.EventStatus;
import org.newsgraph.core.EventTime;
import org.newsgraph.core.Evidence;
import org.newsgraph.core.Polarity;
import org.newsgraph.core.Quote;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.nlp.text.Sentence;
import org.newsgraph.nlp.text.TextAnalysis;

/**
 * Events from trigger words and a dependency parse: the action lexicon finds the sentences
 * worth parsing, the neural transition parser parses only those, and the arguments, status,
 * polarity, count, time and place of each trigger are read from the tree. Safe across threads.
 */
public final class ParsedEventExtractor implements EventExtractor {

  private static final Set<String> CONTENT = Set.of("obj", "nsubj:pass", "xcomp", "ccomp");
  private static final Pattern FUTURE =
      Pattern.compile("\\b(later|next|coming|upcoming|tomorrow)\\b", Pattern.CASE_INSENSITIVE);
  private static final Set<String> CLAUSES = Set.of("xcomp", "ccomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj");

  private final SentenceParser parser;
  private final ActionLexicon lexicon;
  private final ActorCodes codes;
  private final Arguments arguments;
  private final Places places;
  private final Setting setting;
  private final Datelines datelines;

  /** An extractor with CoreNLP's English UD model, loaded on first use. */
  public ParsedEventExtractor() {
    this(new NeuralSentenceParser());
  }

  ParsedEventExtractor(SentenceParser parser) {
    this.parser = parser;
    this.lexicon = ActionLexicon.load();
    this.codes = ActorCodes.load();
    this.datelines = new Datelines(codes);
    this.arguments = new Arguments(new ActorFinder(codes, datelines));
    this.places = new Places(codes);
    this.setting = new Setting(codes);
  }

  @Override
  public List<Event> extract(
      TextAnalysis analysis, List<Entity> entities, List<TimeExpression> times, List<Quote> quotes) {
    ArticleContext context = new ArticleContext(analysis, entities, times, quotes);
    context.learnTitles(codes);
    List<Event> events = new ArrayList<>();
    for (Sentence sentence : analysis.sentences()) {
      List<ActionLexicon.Match> matches = new ArrayList<>(lexicon.find(sentence.tokens()));
      if (matches.isEmpty() && !Obligations.mayHold(sentence.tokens()) && !Launches.mayHold(sentence.tokens())) {
        continue;
      }
      DependencyGraph graph;
      try {
        graph = datelines.lifted(parser.parse(sentence));
      } catch (RuntimeException e) {
        continue;
      }
      matches.addAll(Obligations.find(graph, lexicon.action("demand"), matches));
      matches.addAll(Launches.find(graph, lexicon.action("missile_launch"), matches));
      matches.sort(Comparator.comparingInt(ActionLexicon.Match::index));
      for (Draft d : read(graph, matches, context)) {
        Event event = event("v" + (events.size() + 1), d, graph, context);
        events.add(event);
        context.read(event);
      }
    }
    return events;
  }

  private List<Draft> read(DependencyGraph g, List<ActionLexicon.Match> matches, ArticleContext context) {
    Set<Integer> triggers = new HashSet<>();
    for (ActionLexicon.Match m : matches) {
      triggers.add(m.index());
    }
    List<Draft> drafts = new ArrayList<>();
    Set<Integer> nodes = new HashSet<>();
    Set<Integer> dated = datedTokens(g, context);
    for (ActionLexicon.Match m : matches) {
      int t = m.index();
      boolean noun = g.pos(t).startsWith("NN") || !g.children(t, Set.of("det")).isEmpty();
      int node = noun ? phraseHead(g, t) : t;
      if (noun && (isContentOfAnother(g, node, triggers) || nodes.contains(node))) {
        continue;
      }
      Draft d = new Draft(m, noun, node);
      context.reading(m.action().type());
      arguments.fill(d, g, context);
      d.reading = Modality.of(g, d, noun);
      d.count = Counts.of(g, d.trigger, d.second, noun, dated);
      d.depth = depth(g, node);
      drafts.add(d);
      nodes.add(node);
      List<EventActor> actors = d.actors();
      if (actors.size() >= 2) {
        context.sawGroup(actors, g.token(d.trigger).start(), m.action().type());
      }
    }
    Set<Integer> anchors = new HashSet<>(nodes);
    for (Draft d : drafts) {
      anchors.add(Modality.timeAnchor(g, d));
    }
    Map<Integer, EventTime> times = TimeAttacher.attach(g, context.times(g.sentence()), anchors, context.text());
    for (Draft d : drafts) {
      int anchor = Modality.timeAnchor(g, d);
      d.when = times.get(anchor);
      if (d.when == null) {
        d.when = TimeAttacher.since(g, context.times(g.sentence()), anchor, context.text());
      }
    }
    shareAcrossConjuncts(g, drafts);
    mergeComplements(g, drafts);
    EventReferences.resolve(g, drafts, context);
    List<Draft> kept = new ArrayList<>();
    for (Draft d : drafts) {
      int timeHead = -1;
      if (d.when != null) {
        for (TimeExpression te : context.times(g.sentence())) {
          if (te.start() == d.when.start()) {
            timeHead = TimeAttacher.headOf(g, te);
          }
        }
      }
      d.place = places.find(g, d.node, timeHead, context);
      setting.complete(d, g, context);
      if (worthKeeping(d, g)) {
        kept.add(d);
      }
    }
    return kept;
  }

  /** The words of the sentence that belong to a time expression. */
  private static Set<Integer> datedTokens(DependencyGraph g, ArticleContext context) {
    Set<Integer> dated = new HashSet<>();
    for (TimeExpression te : context.times(g.sentence())) {
      for (int i = 0; i < g.size(); i++) {
        if (g.token(i).start() >= te.start() && g.token(i).end() <= te.end()) {
          dated.add(i);
        }
      }
    }
    return dated;
  }

  /** The noun a trigger noun modifies as a compound ("summit" in a mis-tagged "summit set"). */
  private static int phraseHead(DependencyGraph g, int t) {
    int at = t;
    while (g.label(at).equals("compound") && g.head(at) >= 0 && g.pos(g.head(at)).startsWith("NN")) {
      at = g.head(at);
    }
    return at;
  }

  /**
   * "sits down to talk with Kim": a trigger whose complement is another trigger of the same
   * category is one event; the complement's words fill in what the first lacks.
   */
  private static void mergeComplements(DependencyGraph g, List<Draft> drafts) {
    List<Draft> merged = new ArrayList<>();
    for (Draft inner : drafts) {
      boolean complement = g.label(inner.node).equals("xcomp")
          || (Set.of("advcl", "ccomp").contains(g.label(inner.node)) && g.caseWord(inner.node).equals("to"));
      if (!complement || inner.action.type() == null) {
        continue;
      }
      for (Draft outer : drafts) {
        if (outer.node == g.head(inner.node) && inner.action.type().equals(outer.action.type())) {
          Draft.addNew(outer.target, inner.target);
          outer.target.removeIf(t -> outer.source.stream().anyMatch(s -> s.name().equals(t.name())));
          outer.when = outer.when == null ? inner.when : outer.when;
          merged.add(inner);
        }
      }
    }
    drafts.removeAll(merged);
  }

  /** A noun that is the object of another trigger is that event's content ("threatened tariffs"). */
  private static boolean isContentOfAnother(DependencyGraph g, int n, Set<Integer> triggers) {
    int gov = g.head(n);
    return gov >= 0 && triggers.contains(gov) && CONTENT.contains(g.label(n));
  }

  /**
   * An event needs someone who acts: an active verb its agent, a passive one its patient, an
   * event noun an agent or two parties; the main verb of a sentence is an event even when its
   * actors are unknown. A statement needs a speaker and an addressee, a contact two parties
   * other than the press ("spoke to reporters" is a statement).
   */
  private static boolean worthKeeping(Draft d, DependencyGraph g) {
    if (d.action.type() == null) {
      return !d.target.isEmpty() && !d.source.isEmpty();
    }
    if (d.action.reciprocal()) {
      return d.actors().stream().filter(a -> !"MED".equals(a.sector())).count() >= 2;
    }
    if (d.noun) {
      return !d.source.isEmpty() || d.target.size() >= 2;
    }
    if (g.head(d.trigger) < 0) {
      return true;
    }
    boolean passive = g.child(d.trigger, Set.of("nsubj:pass")) >= 0 || g.pos(d.trigger).equals("VBN");
    return !d.source.isEmpty() || (passive && !d.target.isEmpty());
  }

  /** Coordinated triggers share what only one of them states: subject, "no", a trailing time. */
  private static void shareAcrossConjuncts(DependencyGraph g, List<Draft> drafts) {
    for (Draft later : drafts) {
      if (!g.label(later.node).equals("conj")) {
        continue;
      }
      for (Draft earlier : drafts) {
        if (earlier.node != g.head(later.node)) {
          continue;
        }
        if (later.source.isEmpty()) {
          Draft.addNew(later.source, earlier.source);
        }
        if (later.noun && earlier.noun && later.target.isEmpty()) {
          Draft.addNew(later.target, earlier.target);
        }
        if (earlier.when == null && later.when != null && later.when.start() > g.token(later.trigger).end()) {
          earlier.when = later.when;
        }
        if (later.when == null && earlier.when != null && later.noun) {
          later.when = earlier.when;
        }
      }
    }
  }

  private static int depth(DependencyGraph g, int t) {
    int depth = 0;
    for (int at = t, steps = 0; at >= 0 && steps < g.size(); at = g.head(at), steps++) {
      if (CLAUSES.contains(g.label(at)) || (at != t && CLAUSES.contains(g.baseLabel(at)))) {
        depth++;
      }
    }
    return depth;
  }

  /** Force used by soldiers, aircraft and the like is conventional fighting, not an assault. */
  private static boolean military(List<EventActor> actors) {
    return actors.stream().anyMatch(a -> "MIL".equals(a.sector()));
  }

  private Event event(String id, Draft d, DependencyGraph g, ArticleContext context) {
    Action a = d.action;
    Modality.Reading r = d.reading;
    if (r.status() == EventStatus.HAPPENED && d.when != null && FUTURE.matcher(d.when.text()).find()) {
      r = new Modality.Reading(EventStatus.PLANNED, r.polarity(), r.announced());
    }
    EventTime when = d.when;
    if (r.polarity() == Polarity.NEGATIVE && when != null && TimeAttacher.endsDenial(when, context.text())) {
      r = new Modality.Reading(r.status(), Polarity.POSITIVE, r.announced());
      when = new EventTime(when.value(), null, when.text(), when.start(), when.end());
    }
    String type = a.type();
    String mode = a.mode();
    String cameo = a.cameo();
    boolean intended = r.announced()
        && (r.status() == EventStatus.PLANNED || r.status() == EventStatus.HYPOTHETICAL);
    if (intended && a.intent() != null && type != null) {
      if (r.polarity() == Polarity.NEGATIVE && a.intent().equals("AGREE")) {
        type = "REJECT";
        cameo = "120";
      } else {
        type = a.intent();
        cameo = a.intentCameo();
      }
      mode = null;
    } else if ("AGREE".equals(type) && r.polarity() == Polarity.NEGATIVE) {
      type = "REJECT";
      cameo = "120";
    }
    if ("ASSAULT".equals(type) && !cameo.startsWith("182") && military(d.source)) {
      type = "FIGHT";
      cameo = "190";
      mode = null;
    }
    int start = g.token(d.trigger).start();
    int end = g.token(d.trigger).end();
    if (d.second >= 0) {
      start = Math.min(start, g.token(d.second).start());
      end = Math.max(end, g.token(d.second).end());
    }
    int triggerStart = start;
    int triggerEnd = end;
    Sentence s = g.sentence();
    for (EventActor actor : d.actors()) {
      if (actor.start() >= s.start() && actor.end() <= s.end()) {
        start = Math.min(start, actor.start());
        end = Math.max(end, actor.end());
      }
    }
    if (when != null && when.start() >= s.start() && when.end() <= s.end()) {
      start = Math.min(start, when.start());
      end = Math.max(end, when.end());
    }
    if (d.place != null && d.place.start() >= s.start() && d.place.end() <= s.end()) {
      start = Math.min(start, d.place.start());
      end = Math.max(end, d.place.end());
    }
    Evidence evidence = new Evidence(context.text().substring(start, end), start, end);
    Evidence trigger = new Evidence(context.text().substring(triggerStart, triggerEnd), triggerStart, triggerEnd);
    double confidence = 0.45
        + (d.source.isEmpty() ? 0 : 0.2)
        + (d.target.isEmpty() && d.source.size() < 2 ? 0 : 0.15)
        + (d.noun ? -0.1 : 0.05)
        - 0.15 * d.depth;
    confidence = Math.max(0.05, Math.min(0.95, confidence));
    String quote = context.quoteAt(g.token(d.trigger).start());
    return new Event(id, a.name(), type, mode, cameo, d.source, d.target, d.place, when, r.status(),
        r.polarity(), d.count, evidence, trigger, quote, Math.round(confidence * 100) / 100.0);
  }
}

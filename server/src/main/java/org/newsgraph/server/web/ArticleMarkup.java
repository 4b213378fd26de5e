package org.newsgraph.server.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Event;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Quote;
import org.newsgraph.core.Role;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.server.watch.FactLines;

/**
 * An article's clean text with its facts marked from their character spans: entity mentions link
 * to the entity's page, and quotes, roles, times and events are highlighted with what they mean.
 * Spans may nest or cross: the text is cut at every span boundary and each piece is wrapped in
 * all the spans that cover it, widest outside.
 */
final class ArticleMarkup {

  /** One marked span of the text. */
  private record Span(int start, int end, int rank, String tag, String[] attributes) {
    int length() {
      return end - start;
    }
  }

  private ArticleMarkup() {}

  /** @param merged each of the article's entity ids to its merged entity id in the index */
  static Html of(AnnotatedArticle annotated, Map<String, String> merged) {
    String text = annotated.article().text();
    List<Span> spans = spans(annotated, merged);
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (Span s : spans) {
      cuts.add(s.start());
      cuts.add(s.end());
    }
    Html out = new Html();
    Integer from = cuts.first();
    for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
      out.append(piece(text, from, to, covering(spans, from, to)));
    }
    return out;
  }

  private static Html piece(String text, int from, int to, List<Span> covering) {
    Html out = new Html();
    List<String> open = new ArrayList<>();
    for (Span s : covering) {
      if (s.tag().equals("a") && open.contains("a")) {
        continue;
      }
      boolean first = s.start() == from;
      String[] attributes = s.attributes();
      if (!first) {
        attributes = withoutFirstOnly(attributes);
      }
      out.open(s.tag(), attributes);
      open.add(s.tag());
    }
    out.text(text.substring(from, to));
    for (int i = open.size() - 1; i >= 0; i--) {
      out.close(open.get(i));
    }
    return out;
  }

  /** Leaves out {@code id} and {@code tabindex}, which only a span's first piece carries. */
  private static String[] withoutFirstOnly(String[] attributes) {
    String[] copy = attributes.clone();
    for (int i = 0; i < copy.length; i += 2) {
      if (copy[i].equals("id") || copy[i].equals("tabindex")) {
        copy[i + 1] = null;
      }
    }
    return copy;
  }

  private static List<Span> covering(List<Span> spans, int from, int to) {
    List<Span> covering = new ArrayList<>();
    for (Span s : spans) {
      if (s.start() <= from && s.end() >= to) {
        covering.add(s);
      }
    }
    covering.sort(Comparator.comparingInt(Span::length).reversed()
        .thenComparingInt(Span::rank));
    return covering;
  }

  private static List<Span> spans(AnnotatedArticle annotated, Map<String, String> merged) {
    List<Span> spans = new ArrayList<>();
    for (Event e : annotated.events()) {
      spans.add(new Span(e.evidence().start(), e.evidence().end(), 0, "span",
          new String[] {"class", "event" + (e.polarity().name().equals("NEGATIVE") ? " negated" : ""),
              "title", FactLines.eventSummary(e), "data-fact", "fact-" + e.id()}));
    }
    for (Quote q : annotated.quotes()) {
      String speaker = q.speaker() == null ? "unknown speaker" : q.speaker().name();
      spans.add(new Span(q.start(), q.end(), 1, "span",
          new String[] {"class", "quote", "title", "Said by " + speaker,
              "data-fact", "fact-" + q.id(), "tabindex", "0", "role", "button"}));
    }
    for (TimeExpression t : annotated.times()) {
      spans.add(new Span(t.start(), t.end(), 2, "span",
          new String[] {"class", "time", "title", t.type() + " " + t.value()}));
    }
    for (Entity e : annotated.entities()) {
      String id = merged.get(e.id());
      String css = "ent ent-" + e.type().name().toLowerCase(java.util.Locale.ROOT);
      for (Mention m : e.mentions()) {
        spans.add(new Span(m.start(), m.end(), 3, id == null ? "span" : "a",
            new String[] {"class", css, "href", id == null ? null : Links.entity(id),
                "title", e.name() + " (" + e.type() + ")"}));
      }
      for (Role r : e.roles()) {
        spans.add(new Span(r.start(), r.end(), 4, "span",
            new String[] {"class", "role", "title", (r.former() ? "former role of " : "role of ")
                + e.name()}));
      }
    }
    return spans;
  }
}

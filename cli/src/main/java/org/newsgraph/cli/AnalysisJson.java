package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.core.Cue;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Event;
import org.newsgraph.core.EventActor;
import org.newsgraph.core.EventPlace;
import org.newsgraph.core.EventTime;
import org.newsgraph.core.Grounded;
import org.newsgraph.core.Quote;
import org.newsgraph.core.Role;
import org.newsgraph.core.Speaker;
import org.newsgraph.core.TimeExpression;

/** The JSON shape of reading results, as docs/analysis.schema.json describes it. */
final class AnalysisJson {

  private AnalysisJson() {}

  static Map<String, Object> of(AnnotatedArticle annotated, List<String> extractionWarnings) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("source", annotated.article().source());
    Map<String, Object> article = ExtractionJson.article(annotated.article());
    article.put("warnings", extractionWarnings);
    json.put("article", article);
    json.put("entities", list(annotated.entities(), AnalysisJson::entity));
    json.put("quotes", list(annotated.quotes(), AnalysisJson::quote));
    json.put("times", list(annotated.times(), AnalysisJson::time));
    json.put("events", list(annotated.events(), AnalysisJson::event));
    json.put("warnings", annotated.warnings());
    return json;
  }

  private static Map<String, Object> entity(Entity e) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", e.id());
    json.put("type", e.type().name());
    json.put("name", e.name());
    json.put("mentions", list(e.mentions(), AnalysisJson::span));
    json.put("roles", list(e.roles(), AnalysisJson::role));
    return json;
  }

  private static Map<String, Object> role(Role r) {
    Map<String, Object> json = span(r);
    json.put("former", r.former());
    return json;
  }

  private static Map<String, Object> quote(Quote q) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", q.id());
    json.putAll(span(q));
    json.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
    json.put("speaker", q.speaker() == null ? null : speaker(q.speaker()));
    Cue cue = q.cue();
    json.put("cue", cue == null ? null : span(cue));
    return json;
  }

  private static Map<String, Object> speaker(Speaker s) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("entity", s.entity());
    json.put("name", s.name());
    json.put("start", s.start());
    json.put("end", s.end());
    return json;
  }

  private static Map<String, Object> time(TimeExpression t) {
    Map<String, Object> json = span(t);
    json.put("type", t.type().name());
    json.put("value", t.value());
    if (t.mod() != null) {
      json.put("mod", t.mod());
    }
    return json;
  }

  private static Map<String, Object> event(Event e) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", e.id());
    json.put("action", e.action());
    json.put("type", e.type());
    json.put("mode", e.mode());
    json.put("cameo", e.cameo());
    json.put("source", list(e.source(), AnalysisJson::actor));
    json.put("target", list(e.target(), AnalysisJson::actor));
    json.put("place", e.place() == null ? null : place(e.place()));
    json.put("when", e.when() == null ? null : when(e.when()));
    json.put("status", e.status().name().toLowerCase(Locale.ROOT));
    json.put("polarity", e.polarity().name().toLowerCase(Locale.ROOT));
    json.put("count", e.count());
    json.put("evidence", span(e.evidence()));
    json.put("trigger", span(e.trigger()));
    json.put("quote", e.quote());
    json.put("confidence", e.confidence());
    return json;
  }

  private static Map<String, Object> actor(EventActor a) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("entity", a.entity());
    json.put("name", a.name());
    json.putAll(span(a));
    json.put("country", a.country());
    json.put("sector", a.sector());
    return json;
  }

  private static Map<String, Object> place(EventPlace p) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("entity", p.entity());
    json.put("name", p.name());
    json.putAll(span(p));
    json.put("country", p.country());
    return json;
  }

  private static Map<String, Object> when(EventTime t) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("value", t.value());
    if (t.mod() != null) {
      json.put("mod", t.mod());
    }
    json.putAll(span(t));
    return json;
  }

  private static Map<String, Object> span(Grounded g) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("text", g.text());
    json.put("start", g.start());
    json.put("end", g.end());
    return json;
  }

  private static <T> List<Map<String, Object>> list(
      List<T> items, java.util.function.Function<T, Map<String, Object>> render) {
    List<Map<String, Object>> out = new ArrayList<>(items.size());
    for (T item : items) {
      out.add(render.apply(item));
    }
    return out;
  }

}

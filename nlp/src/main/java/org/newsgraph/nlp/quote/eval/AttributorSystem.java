package org.newsgraph.nlp.quote.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Quote;
import org.newsgraph.nlp.entity.EntityResolver;
import org.newsgraph.nlp.quote.QuoteAttributor;
import org.newsgraph.nlp.text.Analyzer;
import org.newsgraph.nlp.text.TextAnalysis;

/**
 * Our reading stage as an {@link AttributionSystem}: analysis, entities, then quotes. Quotes
 * that share a cue and speaker (a quotation split by its cue, and its continuation in the same
 * paragraph) form one attribution, as in PolNeAR, where one relation holds all their pieces.
 */
public final class AttributorSystem implements AttributionSystem {

  private final Analyzer analyzer;
  private final EntityResolver entities;
  private final QuoteAttributor attributor;

  public AttributorSystem(Analyzer analyzer, EntityResolver entities, QuoteAttributor attributor) {
    this.analyzer = analyzer;
    this.entities = entities;
    this.attributor = attributor;
  }

  @Override
  public String name() {
    return "newsgraph";
  }

  @Override
  public List<PredictedAttribution> read(String text) {
    TextAnalysis analysis = analyzer.analyze(text);
    List<Entity> found = entities.resolve(analysis);
    return group(attributor.attribute(analysis, found), found);
  }

  /** Quotes grouped by cue and speaker into attributions. */
  static List<PredictedAttribution> group(List<Quote> quotes, List<Entity> entities) {
    Map<String, List<Quote>> groups = new LinkedHashMap<>();
    for (Quote q : quotes) {
      String key = q.cue() == null || q.speaker() == null
          ? q.id()
          : q.cue().start() + ":" + q.cue().end() + ":" + q.speaker().start();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
    }
    List<PredictedAttribution> out = new ArrayList<>();
    for (List<Quote> group : groups.values()) {
      Quote first = group.get(0);
      List<Span> content = new ArrayList<>();
      for (Quote q : group) {
        content.add(new Span(q.start(), q.end()));
      }
      if (first.speaker() == null) {
        out.add(new PredictedAttribution(content, first.kind(), null, "", List.of()));
      } else {
        out.add(new PredictedAttribution(content, first.kind(),
            new Span(first.speaker().start(), first.speaker().end()), first.speaker().name(),
            mentionsOf(first.speaker().entity(), entities)));
      }
    }
    return out;
  }

  private static List<Span> mentionsOf(String entityId, List<Entity> entities) {
    List<Span> spans = new ArrayList<>();
    for (Entity e : entities) {
      if (e.id().equals(entityId)) {
        for (Mention m : e.mentions()) {
          spans.add(new Span(m.start(), m.end()));
        }
      }
    }
    return spans;
  }
}

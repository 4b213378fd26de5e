package org.newsgraph.nlp.event.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.newsgraph.core.Event;
import org.newsgraph.core.EventActor;
import org.newsgraph.core.Evidence;

/**
 * Scores event reading on ECB+, on the fully annotated sentences only. A predicted event counts
 * when its trigger lies in such a sentence; it matches the first unmatched gold action mention its
 * trigger overlaps. For each matched event, its time, place and each participant (source or
 * target) inside the sentence is right when it overlaps a gold time, location or human
 * participant mention of that sentence.
 */
public final class EcbEvaluation {

  private EcbEvaluation() {}

  /** Reads every document with {@code reader} (text to events). */
  public static EcbScore run(List<EcbDocument> docs, Function<String, List<Event>> reader, Runnable step) {
    long started = System.nanoTime();
    EcbScore total = new EcbScore(0, 0, 0, 0, new EcbScore.Attachment(0, 0),
        new EcbScore.Attachment(0, 0), new EcbScore.Attachment(0, 0), 0);
    for (EcbDocument doc : docs) {
      total = add(total, score(doc, reader.apply(doc.text())));
      step.run();
    }
    return new EcbScore(total.documents(), total.gold(), total.predicted(), total.matched(), total.time(),
        total.place(), total.participants(), (System.nanoTime() - started) / 1e9);
  }

  static EcbScore score(EcbDocument doc, List<Event> events) {
    List<EcbDocument.Markable> actions = new ArrayList<>();
    for (EcbDocument.Markable m : doc.markables()) {
      if (m.kind().equals("ACTION") && doc.annotated().contains(m.sentence())) {
        actions.add(m);
      }
    }
    boolean[] used = new boolean[actions.size()];
    int predicted = 0;
    int matched = 0;
    EcbScore.Attachment time = new EcbScore.Attachment(0, 0);
    EcbScore.Attachment place = new EcbScore.Attachment(0, 0);
    EcbScore.Attachment participants = new EcbScore.Attachment(0, 0);
    for (Event e : events) {
      Evidence t = e.trigger();
      int sentence = doc.sentenceAt(t.start());
      if (!doc.annotated().contains(sentence)) {
        continue;
      }
      predicted++;
      int hit = -1;
      for (int i = 0; i < actions.size() && hit < 0; i++) {
        if (!used[i] && actions.get(i).span().overlaps(t.start(), t.end())) {
          hit = i;
        }
      }
      if (hit < 0) {
        continue;
      }
      used[hit] = true;
      matched++;
      EcbDocument.Span within = doc.sentences().get(sentence);
      if (e.when() != null && within.overlaps(e.when().start(), e.when().end())) {
        time = time.plus(onGold(doc, sentence, "TIME", e.when().start(), e.when().end()));
      }
      if (e.place() != null && within.overlaps(e.place().start(), e.place().end())) {
        place = place.plus(onGold(doc, sentence, "LOC", e.place().start(), e.place().end()));
      }
      List<EventActor> actors = new ArrayList<>(e.source());
      actors.addAll(e.target());
      for (EventActor a : actors) {
        if (within.overlaps(a.start(), a.end())) {
          participants = participants.plus(onGold(doc, sentence, "HUMAN", a.start(), a.end()));
        }
      }
    }
    return new EcbScore(1, actions.size(), predicted, matched, time, place, participants, 0);
  }

  private static boolean onGold(EcbDocument doc, int sentence, String kind, int start, int end) {
    return doc.markables().stream().anyMatch(
        m -> m.sentence() == sentence && m.kind().equals(kind) && m.span().overlaps(start, end));
  }

  private static EcbScore add(EcbScore a, EcbScore b) {
    return new EcbScore(a.documents() + b.documents(), a.gold() + b.gold(), a.predicted() + b.predicted(),
        a.matched() + b.matched(), sum(a.time(), b.time()), sum(a.place(), b.place()),
        sum(a.participants(), b.participants()), 0);
  }

  private static EcbScore.Attachment sum(EcbScore.Attachment a, EcbScore.Attachment b) {
    return new EcbScore.Attachment(a.attached() + b.attached(), a.right() + b.right());
  }
}

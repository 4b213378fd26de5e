package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.newsgraph.nlp.event.eval.PetrarchEvaluation;
import org.newsgraph.nlp.event.eval.PetrarchEvaluation.Fit;
import org.newsgraph.nlp.event.eval.PetrarchScore;

/** Prints the PETRARCH unit-test figures: records found, false events, mechanics, confusion. */
final class PetrarchReport {

  private PetrarchReport() {}

  static void print(PrintWriter out, PetrarchScore s, boolean errors) {
    PetrarchScore.Tally t = s.total();
    out.printf(Locale.ROOT, "PETRARCH unit-test records: %d; usable %d (%d coded, %d with no event);"
            + " left out %d outside our ontology, %d input checks; %.1f s%n",
        s.outcomes().size(), t.coded() + t.empty(), t.coded(), t.empty(), s.count(Fit.OUTSIDE_ONTOLOGY),
        s.count(Fit.INPUT_CHECK), s.seconds());
    out.printf(Locale.ROOT, "records found (CAMEO root)          %d/%d  %.3f%n", t.found(), t.coded(), t.foundShare());
    out.printf(Locale.ROOT, "records found (root, source, target) %d/%d  %.3f%n",
        t.foundWithActors(), t.coded(), t.foundWithActorsShare());
    out.printf(Locale.ROOT, "records' actors found (any root)     %d/%d  %.3f%n",
        t.actorsFound(), t.coded(), t.actorsFoundShare());
    int codings = s.codings(c -> true);
    out.printf(Locale.ROOT, "gold codings scored %d: root found %d, with actors %d%n",
        codings, s.codings(PetrarchEvaluation.Scored::found), s.codings(PetrarchEvaluation.Scored::foundWithActors));
    out.printf(Locale.ROOT, "records with no gold event: %d, of which %d got events (%d false events)%n",
        t.empty(), t.emptyWithEvents(), s.falseEvents());
    out.println("by mechanic:    coded  root  +actors  actors  empty  false");
    for (Map.Entry<String, PetrarchScore.Tally> e : s.byCategory().entrySet()) {
      PetrarchScore.Tally c = e.getValue();
      out.printf(Locale.ROOT, "  %-12s %6d %5d %8d %7d %6d %6d%n", e.getKey(), c.coded(), c.found(),
          c.foundWithActors(), c.actorsFound(), c.empty(), c.emptyWithEvents());
    }
    out.println("confusion of CAMEO roots (rows gold, columns predicted):");
    ConfusionTable.print(out, s.confusion(), s.roots(), 6, UnaryOperator.identity());
    if (errors) {
      for (PetrarchEvaluation.Outcome o : s.outcomes()) {
        boolean wrong = o.fit() == Fit.CODED ? !o.foundWithActors() : o.fit() == Fit.EMPTY && !o.events().isEmpty();
        if (wrong) {
          out.printf(Locale.ROOT, "%s [%s] gold %s, coded %s: %s%n", o.gold().id(), o.gold().category(),
              o.fit() == Fit.EMPTY ? "none" : o.codings(), o.events(), o.gold().text());
        }
      }
    }
  }
}

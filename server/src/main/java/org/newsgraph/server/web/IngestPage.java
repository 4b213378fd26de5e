package org.newsgraph.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.pipeline.PageOutcome;
import org.newsgraph.pipeline.PageProblem;
import org.newsgraph.pipeline.SourceReport;
import org.newsgraph.server.status.IngestLog;
import org.newsgraph.server.status.IngestRun;

/** Ingest status: the index's size, and the last runs per source with counts and reasons. */
final class IngestPage {

  private static final int RUNS = 10;
  private static final int PROBLEMS = 20;

  private final KnowledgeBase kb;
  private final IngestLog log;

  IngestPage(KnowledgeBase kb, IngestLog log) {
    this.kb = kb;
    this.log = log;
  }

  void show(Context ctx) throws IOException {
    Html body = new Html().element("h1", "Ingest status");
    body.element("p", "The index holds " + kb.articleCount() + " articles.", "class", "summary");
    List<IngestRun> runs = log.recent(RUNS);
    if (runs.isEmpty()) {
      body.element("p", "No ingest runs recorded in " + IngestLog.FILE + " yet.", "class", "muted");
    }
    for (IngestRun run : runs) {
      body.append(run(run));
    }
    Layout.send(ctx, "Ingest status", body);
  }

  private static Html run(IngestRun run) {
    IngestReport r = run.report();
    Html section = new Html().open("section", "class", "run");
    section.element("h2", "Run finished " + run.finished() + " (" + run.origin() + ")");
    section.element("p", r.indexed() + " articles indexed in " + String.format(Locale.ROOT,
        "%.1f", r.seconds()) + " s, " + r.commits() + " commits, " + r.totalArticles()
        + " articles in the index after it.");
    section.open("div", "class", "scroll").open("table").open("thead").open("tr")
        .element("th", "Source").element("th", "Pages").element("th", "Fetched")
        .element("th", "Extracted");
    for (PageOutcome o : PageOutcome.values()) {
      section.element("th", o.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    section.close("tr").close("thead").open("tbody");
    for (SourceReport s : r.sources()) {
      section.open("tr").element("th", s.source(), "scope", "row")
          .element("td", String.valueOf(s.pages())).element("td", String.valueOf(s.fetched()))
          .element("td", String.valueOf(s.extracted()));
      for (PageOutcome o : PageOutcome.values()) {
        section.element("td", String.valueOf(s.count(o)));
      }
      section.close("tr");
    }
    section.close("tbody").close("table").close("div");
    for (SourceReport s : r.sources()) {
      if (!s.reasons().isEmpty()) {
        section.element("h3", "Why pages of " + s.source() + " were rejected or failed")
            .open("ul");
        for (Map.Entry<String, Integer> reason : s.reasons().entrySet()) {
          section.element("li", reason.getValue() + " \u00d7 " + reason.getKey());
        }
        section.close("ul").open("details").element("summary", "First pages with problems")
            .open("ul");
        for (PageProblem p : s.problems().subList(0, Math.min(PROBLEMS, s.problems().size()))) {
          section.element("li", p.page() + ": " + p.outcome().name().toLowerCase(Locale.ROOT)
              + ", " + p.reason());
        }
        section.close("ul").close("details");
      }
    }
    return section.close("section");
  }
}

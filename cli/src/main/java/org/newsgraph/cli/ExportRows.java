package org.newsgraph.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.newsgraph.core.Article;
import org.newsgraph.index.EventParty;
import org.newsgraph.index.EventSource;
import org.newsgraph.index.KnownEntity;
import org.newsgraph.index.KnownEvent;
import org.newsgraph.index.RecordKind;
import org.newsgraph.index.StoredArticle;
import org.newsgraph.index.StoredQuote;

/**
 * The CSV columns of each kind of exported record: one header and a function from a record to its
 * row. Lists are joined with {@code "; "}.
 */
record ExportRows<T extends Record>(
    String name, RecordKind<T> kind, List<String> header, Function<T, List<Object>> row) {

  static final List<ExportRows<?>> ALL =
      List.of(
          new ExportRows<>(
              "articles",
              RecordKind.ARTICLES,
              columns(
                  "id,story,url,title,site,published,authors,language,entities,quotes,events,text"),
              ExportRows::article),
          new ExportRows<>(
              "entities",
              RecordKind.ENTITIES,
              columns("id,type,name,aliases,roles,articles,mentions,first_seen,last_seen"),
              ExportRows::entity),
          new ExportRows<>(
              "quotes",
              RecordKind.QUOTES,
              columns("id,article,published,speaker_id,speaker,kind,text"),
              ExportRows::quote),
          new ExportRows<>(
              "events",
              RecordKind.EVENTS,
              columns("id,date,action,type,actors,sources,independent_sources,urls"),
              ExportRows::event));

  private static List<String> columns(String names) {
    return Arrays.asList(names.split(","));
  }

  private static List<Object> article(StoredArticle stored) {
    Article a = stored.annotated().article();
    return Arrays.asList(
        stored.id(),
        stored.storyId(),
        a.url(),
        a.title(),
        a.site(),
        a.published(),
        String.join("; ", a.authors()),
        a.language(),
        stored.annotated().entities().size(),
        stored.annotated().quotes().size(),
        stored.annotated().events().size(),
        a.text());
  }

  private static List<Object> entity(KnownEntity e) {
    List<String> roles =
        e.roles().stream()
            .map(r -> r.text() + (r.date() == null ? "" : " (" + r.date() + ")"))
            .distinct()
            .toList();
    return Arrays.asList(
        e.id(),
        e.type().name().toLowerCase(Locale.ROOT),
        e.name(),
        String.join("; ", e.aliases()),
        String.join("; ", roles),
        e.articles().size(),
        e.mentions(),
        e.firstSeen(),
        e.lastSeen());
  }

  private static List<Object> quote(StoredQuote q) {
    return Arrays.asList(
        q.id(),
        q.article(),
        q.published(),
        q.speaker(),
        q.quote().speaker() == null ? null : q.quote().speaker().name(),
        q.quote().kind().name().toLowerCase(Locale.ROOT),
        q.quote().text());
  }

  private static List<Object> event(KnownEvent e) {
    return Arrays.asList(
        e.id(),
        e.date(),
        e.action(),
        e.type(),
        String.join("; ", e.actors().stream().map(EventParty::name).toList()),
        e.sources().size(),
        e.independentSources(),
        String.join(
            "; ", e.sources().stream().map(EventSource::url).map(String::valueOf).toList()));
  }
}

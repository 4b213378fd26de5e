package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.core.EntityType;
import org.newsgraph.index.query.ArticleHit;
import org.newsgraph.index.query.ArticleQuery;
import org.newsgraph.index.query.DateRange;
import org.newsgraph.index.query.EntityProfile;
import org.newsgraph.index.query.EventQuery;
import org.newsgraph.index.query.FacetValue;
import org.newsgraph.index.query.Interval;
import org.newsgraph.index.query.Paging;
import org.newsgraph.index.query.QuoteQuery;
import org.newsgraph.index.query.SearchResults;
import org.newsgraph.index.query.TimelineBucket;
import org.newsgraph.testkit.ArticleFixture;
import org.newsgraph.testkit.SummitStories;

class KnowledgeBaseTest {

  @TempDir Path dir;

  @BeforeEach
  void ingestTheSummit() throws IOException {
    try (KnowledgeWriter writer = KnowledgeWriter.open(dir)) {
      for (AnnotatedArticle article : SummitStories.all()) {
        writer.add(article);
      }
      writer.commit();
    }
  }

  @Test
  void searchHighlightsTheWordsAndCountsFacetsOfAllMatches() throws IOException {
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      SearchResults found = kb.search(query("fishing quotas", DateRange.any(), null, 1, 1));
      assertThat(found.results().total()).isEqualTo(2);
      assertThat(found.results().items()).hasSize(1);
      assertThat(found.results().items().get(0).highlights())
          .anySatisfy(h -> assertThat(h).contains("<b>fishing</b> <b>quotas</b>"));
      assertThat(found.facets().get("sources"))
          .extracting(FacetValue::value)
          .containsExactlyInAnyOrder("Wire", "Daily");
      assertThat(found.facets().get("people"))
          .extracting(FacetValue::value, FacetValue::count)
          .contains(org.assertj.core.groups.Tuple.tuple("Aiko Tanaka", 2));
      assertThat(found.facets().get("months"))
          .extracting(FacetValue::value)
          .containsExactly("2024-03");
    }
  }

  @Test
  void pagingReachesTheLastResultAndNoFurther() throws IOException {
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      List<String> seen = new ArrayList<>();
      for (int page = 1; page <= 3; page++) {
        kb.search(query(null, DateRange.any(), null, page, 2))
            .results()
            .items()
            .forEach(h -> seen.add(h.id()));
      }
      assertThat(seen).hasSize(4).doesNotHaveDuplicates();
      assertThat(kb.search(query(null, DateRange.any(), null, 1, 2)).results().items())
          .extracting(ArticleHit::published)
          .first()
          .isEqualTo("2024-04-12");
    }
  }

  @Test
  void datesAndEntitiesFilterArticles() throws IOException {
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      DateRange april = new DateRange(LocalDate.parse("2024-04-01"), null);
      assertThat(kb.search(query(null, april, null, 1, 10)).results().total()).isEqualTo(1);
      String berg = kb.entities("lars berg", Paging.first()).items().get(0).id();
      assertThat(kb.search(query(null, DateRange.any(), berg, 1, 10)).results().total())
          .isEqualTo(3);
    }
  }

  @Test
  void aSourcesFacetValueFiltersArticlesToThatSite() throws IOException {
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      FacetValue wire =
          kb.search(query(null, DateRange.any(), null, 1, 10)).facets().get("sources").stream()
              .filter(v -> v.value().equals("Wire"))
              .findFirst()
              .orElseThrow();
      SearchResults fromWire =
          kb.search(
              new ArticleQuery(null, DateRange.any(), null, null, wire.value(), Paging.first()));
      assertThat(fromWire.results().total()).isEqualTo(wire.count()).isEqualTo(2);
      assertThat(fromWire.results().items()).extracting(ArticleHit::site).containsOnly("Wire");
      assertThat(fromWire.facets().get("sources")).extracting(FacetValue::value)
          .containsExactly("Wire");
      assertThat(
              kb.search(new ArticleQuery("fishing", DateRange.any(), null, null, "Wire",
                      Paging.first()))
                  .results()
                  .total())
          .isEqualTo(1);
      assertThat(
              kb.search(new ArticleQuery(null, DateRange.any(), null, null, "wire",
                      Paging.first()))
                  .results()
                  .total())
          .isZero();
    }
  }

  @Test
  void anEntityProfileHasItsQuotesEventsAndCompany() throws IOException {
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      String tanaka = kb.entities("tanaka", Paging.first()).items().get(0).id();
      EntityProfile profile = kb.entity(tanaka);
      assertThat(profile.quotes())
          .extracting(q -> q.quote().text())
          .containsOnly("We agreed on a fair share,");
      assertThat(profile.events()).extracting(KnownEvent::action).containsExactly("meet", "accuse");
      assertThat(profile.coMentioned().get(0).name()).isIn("Lars Berg", "Oslo");
      assertThat(profile.coMentioned())
          .extracting(c -> c.name())
          .contains("Lars Berg", "Oslo", "Tokyo");
    }
  }

  @Test
  void contactsBetweenTwoPeopleComeInTimeOrderWithTheirSources() throws IOException {
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      List<KnownEvent> contacts =
          kb.events(
                  new EventQuery(
                      "Aiko Tanaka", "Lars Berg", null, null, DateRange.any(), Paging.first()))
              .items();
      assertThat(contacts)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.date()).isEqualTo("2024-03-05");
                assertThat(e.sources())
                    .extracting(EventSource::site)
                    .containsExactly("Wire", "Daily", "Rival");
                assertThat(e.independentSources()).isEqualTo(2);
              });
      assertThat(
              kb.events(
                      new EventQuery(
                          "Tanaka", "Tokyo", null, null, DateRange.any(), Paging.first()))
                  .items())
          .isEmpty();
    }
  }

  @Test
  void quotesAreFoundBySpeakerNameOrWords() throws IOException {
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      assertThat(kb.quotes(new QuoteQuery("Berg", null, DateRange.any(), Paging.first())).items())
          .extracting(q -> q.quote().text())
          .containsExactly("Fish do not respect borders,");
      assertThat(
              kb.quotes(new QuoteQuery(null, "fair share", DateRange.any(), Paging.first()))
                  .total())
          .isEqualTo(2);
    }
  }

  @Test
  void aTimelineCountsMentionsAndEventsPerPeriod() throws IOException {
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      String tanaka = kb.entities("tanaka", Paging.first()).items().get(0).id();
      assertThat(kb.timeline(tanaka, Interval.MONTH))
          .containsExactly(
              new TimelineBucket("2024-03", 3, 1), new TimelineBucket("2024-04", 1, 1));
    }
  }

  @Test
  void searchesDuringIngestSeeWholeBatchesOnly() throws Exception {
    int batches = 15;
    int perBatch = 4;
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Integer> observed = new ArrayList<>();
    try (KnowledgeWriter writer = KnowledgeWriter.open(dir);
        KnowledgeBase kb = KnowledgeBase.open(dir)) {
      int base = kb.articleCount();
      Thread reader =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < 300; i++) {
                    long total =
                        kb.search(query("harbour", DateRange.any(), null, 1, 5)).results().total();
                    synchronized (observed) {
                      observed.add((int) total);
                    }
                  }
                } catch (Throwable t) {
                  failure.set(t);
                }
              });
      reader.start();
      for (int b = 0; b < batches; b++) {
        for (int i = 0; i < perBatch; i++) {
          writer.add(numbered(b * perBatch + i));
        }
        writer.commit();
      }
      reader.join();
      assertThat(failure.get()).isNull();
      assertThat(kb.articleCount()).isEqualTo(base + batches * perBatch);
    }
    assertThat(observed).isNotEmpty().allSatisfy(n -> assertThat(n % perBatch).isZero());
    assertThat(observed).isSorted();
  }

  private static AnnotatedArticle numbered(int n) {
    String text =
        "The harbour opened berth number "
            + n
            + " on Monday after "
            + (n * 7 + 3)
            + " days of repairs to quay "
            + (n * 13 + 1)
            + ", the port said.";
    return ArticleFixture.article(
            "https://port.example/" + n, "2024-05-01", "Port", "Berth " + n, text)
        .entity(EntityType.LOCATION, "harbour", null)
        .build();
  }

  private static ArticleQuery query(
      String text, DateRange dates, String entity, int page, int size) {
    return new ArticleQuery(text, dates, entity, null, new Paging(page, size));
  }
}

package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.index.KnowledgeWriter.Outcome;
import org.newsgraph.index.query.DateRange;
import org.newsgraph.index.query.EventQuery;
import org.newsgraph.index.query.Paging;
import org.newsgraph.testkit.SummitStories;

class KnowledgeWriterTest {

  @TempDir Path dir;

  @Test
  void addingTheSameArticlesAgainAddsNothing() throws IOException {
    try (KnowledgeWriter writer = KnowledgeWriter.open(dir)) {
      assertThat(writer.add(SummitStories.wire()).outcome()).isEqualTo(Outcome.ADDED);
      assertThat(writer.add(SummitStories.rival()).outcome()).isEqualTo(Outcome.ADDED);
      writer.commit();
    }
    try (KnowledgeWriter writer = KnowledgeWriter.open(dir)) {
      assertThat(writer.add(SummitStories.wire()).outcome()).isEqualTo(Outcome.UNCHANGED);
      assertThat(writer.add(SummitStories.rival()).outcome()).isEqualTo(Outcome.UNCHANGED);
      writer.commit();
    }
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      assertThat(kb.articleCount()).isEqualTo(2);
      KnownEntity tanaka = only(kb.entities("aiko tanaka", Paging.first()).items());
      assertThat(tanaka.articles()).hasSize(2);
      assertThat(tanaka.mentions()).isEqualTo(3);
      List<StoredQuote> quotes = new ArrayList<>();
      kb.forEach(RecordKind.QUOTES, quotes::add);
      assertThat(quotes).hasSize(2);
      KnownEvent meeting = only(meetings(kb));
      assertThat(meeting.sources()).hasSize(2);
    }
  }

  @Test
  void theSameTextUnderAnotherUrlIsADuplicate() throws IOException {
    try (KnowledgeWriter writer = KnowledgeWriter.open(dir)) {
      writer.add(SummitStories.wire());
      var copy = SummitStories.wire();
      var moved =
          new org.newsgraph.core.AnnotatedArticle(
              new org.newsgraph.core.Article(
                  "elsewhere",
                  "https://mirror.example/x",
                  copy.article().title(),
                  List.of(),
                  copy.article().published(),
                  "en",
                  null,
                  null,
                  copy.article().text(),
                  List.of()),
              copy.entities(),
              copy.quotes(),
              copy.times(),
              copy.events(),
              List.of());
      assertThat(writer.add(moved).outcome()).isEqualTo(Outcome.DUPLICATE);
    }
  }

  @Test
  void entitiesMergeAcrossArticlesWithDatedRoles() throws IOException {
    try (KnowledgeWriter writer = KnowledgeWriter.open(dir)) {
      writer.add(SummitStories.wire());
      writer.commit();
      writer.add(SummitStories.rival());
      writer.add(SummitStories.later());
      writer.commit();
    }
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      KnownEntity tanaka = only(kb.entities("tanaka", Paging.first()).items());
      assertThat(tanaka.name()).isEqualTo("Aiko Tanaka");
      assertThat(tanaka.aliases()).contains("Aiko Tanaka", "Tanaka");
      assertThat(tanaka.articles()).hasSize(3);
      assertThat(tanaka.firstSeen()).isEqualTo("2024-03-05");
      assertThat(tanaka.lastSeen()).isEqualTo("2024-04-12");
      KnownEntity berg = only(kb.entities("berg", Paging.first()).items());
      assertThat(berg.roles())
          .extracting(RoleSeen::text)
          .containsExactly("President", "the Norwegian president");
      assertThat(berg.roles()).extracting(RoleSeen::date).containsOnly("2024-03-05");
    }
  }

  @Test
  void syndicatedCopiesShareAStoryAndCountAsOneSource() throws IOException {
    try (KnowledgeWriter writer = KnowledgeWriter.open(dir)) {
      var wire = writer.add(SummitStories.wire());
      var copy = writer.add(SummitStories.syndicated());
      var rival = writer.add(SummitStories.rival());
      assertThat(copy.story()).isEqualTo(wire.story());
      assertThat(rival.story()).isNotEqualTo(wire.story());
      writer.commit();
    }
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      KnownEvent meeting = only(meetings(kb));
      assertThat(meeting.sources()).hasSize(3);
      assertThat(meeting.independentSources()).isEqualTo(2);
    }
  }

  @Test
  void whatIsNotCommittedIsNeitherSeenNorKept() throws IOException {
    try (KnowledgeWriter writer = KnowledgeWriter.open(dir);
        KnowledgeBase kb = KnowledgeBase.open(dir)) {
      writer.add(SummitStories.wire());
      writer.commit();
      writer.add(SummitStories.rival());
      assertThat(kb.articleCount()).isEqualTo(1);
    }
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      assertThat(kb.articleCount()).isEqualTo(1);
    }
  }

  @Test
  void pagesRecordedAreKnownAfterCommitOnly() throws IOException {
    try (KnowledgeWriter writer = KnowledgeWriter.open(dir)) {
      writer.recordPage("p1", "a.html", "indexed");
      writer.commit();
      writer.recordPage("p2", "b.html", "indexed");
    }
    try (KnowledgeWriter writer = KnowledgeWriter.open(dir)) {
      assertThat(writer.seenPage("p1")).isTrue();
      assertThat(writer.seenPage("p2")).isFalse();
    }
  }

  @Test
  void anIndexOfAnotherSchemaIsRefused() throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter other = new IndexWriter(directory, config)) {
      other.setLiveCommitData(Map.of(Schema.KEY, "0.old").entrySet());
      other.commit();
    }
    assertThatThrownBy(() -> KnowledgeBase.open(dir))
        .isInstanceOf(IndexUnusableException.class)
        .hasMessageContaining("schema version 0.old")
        .hasMessageContaining("this NewsGraph reads version " + Schema.VERSION);
    assertThatThrownBy(() -> KnowledgeWriter.open(dir))
        .isInstanceOf(IndexUnusableException.class)
        .hasMessageContaining("schema version 0.old");
  }

  @Test
  void aDirectoryWithoutIndexIsRefusedForReading() {
    assertThatThrownBy(() -> KnowledgeBase.open(dir))
        .isInstanceOf(IndexUnusableException.class)
        .hasMessageContaining("no NewsGraph index here");
  }

  @Test
  void aSecondWriterIsRefused() throws IOException {
    try (KnowledgeWriter writer = KnowledgeWriter.open(dir)) {
      assertThatThrownBy(() -> KnowledgeWriter.open(dir))
          .isInstanceOf(IndexUnusableException.class)
          .hasMessageContaining("another process is writing");
    }
  }

  private static List<KnownEvent> meetings(KnowledgeBase kb) throws IOException {
    return kb.events(new EventQuery(null, null, "meet", null, DateRange.any(), Paging.first()))
        .items();
  }

  private static <T> T only(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }
}

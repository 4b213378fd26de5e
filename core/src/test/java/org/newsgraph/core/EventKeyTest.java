package org.newsgraph.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventKeyTest {

  private static final String TEXT = "Mr. Shinzō Abe met Donald Trump. Abe said so.";

  private static Entity abe() {
    return new Entity("e1", EntityType.PERSON, "Shinzō Abe",
        List.of(new Mention("Mr. Shinzō Abe", 0, 14), new Mention("Abe", 33, 36)), List.of());
  }

  private static Entity trump() {
    return new Entity("e2", EntityType.PERSON, "Donald Trump", List.of(new Mention("Donald Trump", 19, 31)), List.of());
  }

  private static Event meeting(String when, Polarity polarity) {
    EventActor a = new EventActor("e1", "Shinzō Abe", "Mr. Shinzō Abe", 0, 14, "JPN", "GOV");
    EventActor t = new EventActor("e2", "Donald Trump", "Donald Trump", 19, 31, "USA", "GOV");
    EventTime time = when == null ? null : new EventTime(when, null, "Abe", 33, 36);
    return new Event("v1", "meet", "CONSULT", "visit", "040", List.of(a), List.of(t), null, time,
        EventStatus.HAPPENED, polarity, null, new Evidence("met", 15, 18), new Evidence("met", 15, 18), null, 0.8);
  }

  @Test
  void entityKeysNormaliseNamesAndMatchThroughAliases() {
    EntityKey key = EntityKey.of(abe());
    assertThat(key.value()).isEqualTo("person:shinzo abe");
    assertThat(key.aliases()).containsExactlyInAnyOrder("shinzo abe", "abe");
    EntityKey elsewhere = new EntityKey(EntityType.PERSON, "abe", java.util.Set.of("abe"));
    assertThat(key.sameAs(elsewhere)).isTrue();
    assertThat(key.sameAs(new EntityKey(EntityType.ORGANIZATION, "abe", java.util.Set.of()))).isFalse();
  }

  @Test
  void eventKeysSortActorsAndKeepPolarityAndTime() {
    Map<String, Entity> entities = Map.of("e1", abe(), "e2", trump());
    EventKey key = EventKey.of(meeting("2018-06", Polarity.POSITIVE), entities);
    assertThat(key.value()).isEqualTo("meet|person:donald trump+person:shinzo abe|2018-06");
    assertThat(EventKey.of(meeting(null, Polarity.NEGATIVE), entities).value())
        .isEqualTo("not meet|person:donald trump+person:shinzo abe|");
  }

  @Test
  void actorsWithoutEntitiesAreKeyedByCountryAndSector() {
    EventActor media = new EventActor(null, "state media", "Abe", 33, 36, "PRK", "MED");
    Event e = new Event("v2", "denounce", "DISAPPROVE", null, "111", List.of(media), List.of(), null, null,
        EventStatus.HAPPENED, Polarity.POSITIVE, null, new Evidence("met", 15, 18), new Evidence("met", 15, 18), null, 0.5);
    assertThat(EventKey.of(e, Map.of()).actors()).containsExactly("PRK/MED");
  }

  @Test
  void annotatedArticleRefusesUngroundedEvents() {
    Article article = new Article("s", null, null, List.of(), null, "en", null, null, TEXT, List.of());
    assertThat(new AnnotatedArticle(article, List.of(), List.of(), List.of(),
        List.of(meeting("2018-06", Polarity.POSITIVE)), List.of()).events()).hasSize(1);
    Event wrong = new Event("v3", "meet", "CONSULT", null, "040", List.of(), List.of(), null, null,
        EventStatus.HAPPENED, Polarity.POSITIVE, null, new Evidence("xyz", 15, 18), new Evidence("met", 15, 18), null, 0.5);
    assertThatThrownBy(() -> new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of(wrong), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eventsRefuseImpossibleCountsAndConfidences() {
    assertThatThrownBy(() -> new Event("v", "meet", null, null, "040", List.of(), List.of(), null, null,
        EventStatus.HAPPENED, Polarity.POSITIVE, 0, new Evidence("met", 15, 18), new Evidence("met", 15, 18), null, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Event("v", "meet", null, null, "040", List.of(), List.of(), null, null,
        EventStatus.HAPPENED, Polarity.POSITIVE, null, new Evidence("met", 15, 18), new Evidence("met", 15, 18), null, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package org.newsgraph.bench.variation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.testkit.ArticleFixture.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;
import org.newsgraph.core.EventActor;
import org.newsgraph.core.Grounded;

class ArticleVariationsTest {

  private static final AnnotatedArticle SUMMIT =
      article(
              "https://wire.example/summit",
              "2024-03-05",
              "Wire",
              "Aiko Tanaka meets Lars Berg",
              "Prime Minister Aiko Tanaka met President Lars Berg in Oslo on Tuesday to discuss"
                  + " fishing quotas.\n\n\"We agreed on a fair share,\" the prime minister said"
                  + " after the talks.\n\nThe fleets of both countries fish the northern sea.")
          .entity(EntityType.PERSON, "Aiko Tanaka", "Prime Minister")
          .entity(EntityType.PERSON, "Lars Berg", "President")
          .entity(EntityType.LOCATION, "Oslo", null)
          .quote("We agreed on a fair share,", "Aiko Tanaka")
          .event(
              "meet",
              "CONSULT",
              "Aiko Tanaka",
              "Lars Berg",
              "Aiko Tanaka met President Lars Berg",
              "Tuesday",
              "2024-03-05")
          .build();

  private static final AnnotatedArticle TRADE =
      article(
              "https://daily.example/trade",
              "2023-11-20",
              "Daily",
              "Trade talks in Lisbon",
              "Maria Lopez and Pedro Alves opened trade talks in Lisbon.\n\nNo deal is expected.")
          .entity(EntityType.PERSON, "Maria Lopez", null)
          .entity(EntityType.PERSON, "Pedro Alves", null)
          .entity(EntityType.LOCATION, "Lisbon", null)
          .build();

  private final ArticleVariations variations = new ArticleVariations(List.of(SUMMIT, TRADE), 1);

  @Test
  void everyFactOfEveryVariationStandsInItsText() {
    for (AnnotatedArticle v : variations(60)) {
      String text = v.article().text();
      List<Grounded> facts = new ArrayList<>();
      v.entities().forEach(e -> facts.addAll(e.mentions()));
      v.entities().forEach(e -> facts.addAll(e.roles()));
      facts.addAll(v.quotes());
      for (Event e : v.events()) {
        facts.addAll(List.of(e.evidence(), e.trigger()));
        facts.addAll(e.source());
        facts.addAll(e.target());
      }
      assertThat(facts).isNotEmpty().allMatch(f -> f.isGroundedIn(text), "grounded in " + text);
    }
  }

  @Test
  void renamedEntitiesTakeNamesOfTheirTypeEverywhereTheyAreNamed() {
    Set<String> people = Set.of("Aiko Tanaka", "Lars Berg", "Maria Lopez", "Pedro Alves");
    int renamed = 0;
    for (AnnotatedArticle v : variations(60)) {
      Map<String, Entity> byId =
          v.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
      for (Entity e : v.entities()) {
        assertThat(e.mentions().get(0).text()).isEqualTo(e.name());
        if (e.type() == EntityType.PERSON) {
          assertThat(people).contains(e.name());
        }
      }
      for (Event e : v.events()) {
        for (EventActor actor : e.source()) {
          assertThat(actor.name()).isEqualTo(byId.get(actor.entity()).name());
          assertThat(actor.text()).isEqualTo(actor.name());
        }
      }
      if (v.article().url().startsWith(SUMMIT.article().url())
          && !byId.get("e1").name().equals("Aiko Tanaka")) {
        renamed++;
        assertThat(v.article().title()).startsWith(byId.get("e1").name());
        assertThat(v.quotes().get(0).speaker().name()).isEqualTo(byId.get("e1").name());
      }
    }
    assertThat(renamed).isPositive();
  }

  @Test
  void datesMoveIntoOneYearAndTimeValuesMoveWithThem() {
    for (AnnotatedArticle v : variations(60)) {
      assertThat(v.article().published()).startsWith("2024-");
      for (Event e : v.events()) {
        assertThat(e.when().value()).isEqualTo(v.article().published());
      }
    }
    assertThat(variations(60).stream().map(v -> v.article().published()).distinct().count())
        .isGreaterThan(30);
  }

  @Test
  void eachVariationHasItsOwnAddressAndTheSameSeedGivesTheSameOne() {
    AnnotatedArticle v = variations.variation(7);
    assertThat(v.article().url()).isEqualTo("https://daily.example/trade?variation=7");
    assertThat(new ArticleVariations(List.of(SUMMIT, TRADE), 1).variation(7)).isEqualTo(v);
  }

  @Test
  void paragraphsAreShuffledWithoutLosingAny() {
    List<List<Integer>> orders =
        variations(60).stream()
            .filter(v -> v.article().url().startsWith(SUMMIT.article().url()))
            .map(v -> v.article().text())
            .map(
                t -> IntStream.of(t.indexOf("We agreed"), t.indexOf("The fleets")).boxed().toList())
            .distinct()
            .toList();
    assertThat(orders).hasSizeGreaterThan(1).allMatch(o -> !o.contains(-1));
    assertThat(orders.stream().map(o -> o.get(0) < o.get(1)).distinct()).hasSize(2);
  }

  private List<AnnotatedArticle> variations(int n) {
    return IntStream.range(0, n).mapToObj(variations::variation).toList();
  }
}

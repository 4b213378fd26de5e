package org.newsgraph.testkit;

import static org.newsgraph.testkit.ArticleFixture.article;

import java.util.List;
import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.core.EntityType;

/** A small world of fixture articles: a summit reported by a wire, a copy of it, and a rival. */
public final class SummitStories {

  public static final String WIRE_TEXT =
      "Prime Minister Aiko Tanaka met President Lars Berg in Oslo on Tuesday to discuss fishing"
          + " quotas across the northern sea. \"We agreed on a fair share,\" Tanaka said after the"
          + " talks, which lasted four hours. Berg called the meeting a turning point for both"
          + " fleets and promised to return the visit before the summer.";

  private SummitStories() {}

  /** Every story of the world, in publication order. */
  public static List<AnnotatedArticle> all() {
    return List.of(wire(), syndicated(), rival(), later());
  }

  /** The wire story as the wire published it. */
  public static AnnotatedArticle wire() {
    return summit("https://wire.example/summit", "Wire", WIRE_TEXT);
  }

  /** The same wire story on another site, with a line of its own at the end. */
  public static AnnotatedArticle syndicated() {
    return summit(
        "https://daily.example/news/summit", "Daily", WIRE_TEXT + " Reporting by the wire desk.");
  }

  /** Another paper's own report of the same meeting, in other words. */
  public static AnnotatedArticle rival() {
    String text =
        "Lars Berg, the Norwegian president, hosted Aiko Tanaka in Oslo on Tuesday."
            + " The two leaders met for four hours. \"Fish do not respect borders,\" Berg said.";
    return article(
            "https://rival.example/berg-hosts-tanaka",
            "2024-03-05",
            "Rival",
            "Berg hosts Tanaka",
            text)
        .entity(EntityType.PERSON, "Lars Berg", "the Norwegian president", "Berg")
        .entity(EntityType.PERSON, "Aiko Tanaka", null)
        .entity(EntityType.LOCATION, "Oslo", null)
        .quote("Fish do not respect borders,", "Lars Berg")
        .event(
            "meet",
            "CONSULT",
            "Aiko Tanaka",
            "Lars Berg",
            "The two leaders met",
            "Tuesday",
            "2024-03-05")
        .build();
  }

  /** A later story on something else, naming Tanaka by surname only. */
  public static AnnotatedArticle later() {
    String text =
        "Tanaka accused the opposition of delaying the budget on Friday. The vote was"
            + " put off until April, officials in Tokyo said.";
    return article("https://wire.example/budget", "2024-04-12", "Wire", "Budget delayed", text)
        .entity(EntityType.PERSON, "Tanaka", null)
        .entity(EntityType.ORGANIZATION, "the opposition", null)
        .entity(EntityType.LOCATION, "Tokyo", null)
        .event(
            "accuse",
            "ACCUSE",
            "Tanaka",
            "the opposition",
            "Tanaka accused the opposition",
            null,
            null)
        .build();
  }

  private static AnnotatedArticle summit(String url, String site, String text) {
    return article(url, "2024-03-05", site, "Tanaka and Berg agree on fish", text)
        .entity(EntityType.PERSON, "Aiko Tanaka", "Prime Minister", "Tanaka")
        .entity(EntityType.PERSON, "Lars Berg", "President", "Berg")
        .entity(EntityType.LOCATION, "Oslo", null)
        .quote("We agreed on a fair share,", "Aiko Tanaka")
        .event(
            "meet",
            "CONSULT",
            "Aiko Tanaka",
            "Lars Berg",
            "Prime Minister Aiko Tanaka met President Lars Berg",
            "Tuesday",
            "2024-03-05")
        .build();
  }
}

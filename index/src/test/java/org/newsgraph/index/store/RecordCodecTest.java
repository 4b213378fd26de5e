package org.newsgraph.index.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.index.EntityLink;
import org.newsgraph.index.StoredArticle;
import org.newsgraph.testkit.SummitStories;

class RecordCodecTest {

  @Test
  void recordsComeBackEqualWithNullsListsEnumsAndNesting() {
    for (AnnotatedArticle annotated : SummitStories.all()) {
      StoredArticle stored =
          new StoredArticle("a1", "a1", "00ff", List.of(new EntityLink("e1", "n1")), annotated);
      assertThat(RecordCodec.decode(RecordCodec.encode(stored), StoredArticle.class))
          .isEqualTo(stored);
    }
  }

  @Test
  void longTextsSurvive() {
    String text = "\u00e9\u4e2d\ud83d\ude00 ".repeat(40_000);
    EntityLink link = new EntityLink(text, "n");
    assertThat(RecordCodec.decode(RecordCodec.encode(link), EntityLink.class)).isEqualTo(link);
  }

  /** A record shaped like {@link EntityLink} but with one more component. */
  record Wider(String local, String entity, int extra) {}

  @Test
  void theShapeNamesEveryComponentSoAnyChangeShows() {
    assertThat(RecordCodec.shape(EntityLink.class))
        .isEqualTo("EntityLink(local:String,entity:String,)");
    assertThat(RecordCodec.shape(Wider.class)).isNotEqualTo(RecordCodec.shape(EntityLink.class));
    assertThat(RecordCodec.shape(StoredArticle.class))
        .contains("annotated:AnnotatedArticle(")
        .contains("polarity:Polarity[POSITIVE, NEGATIVE]");
  }
}

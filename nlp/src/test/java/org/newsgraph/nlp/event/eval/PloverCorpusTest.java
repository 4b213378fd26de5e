package org.newsgraph.nlp.event.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PloverCorpusTest {

  @Test
  void readsRecordsSkipsDocumentationAndMapsOldCodes() {
    String json = "[{\"event\": \"DOCUMENT\", \"text\": \"about\"},"
        + "{\"id\": \"r1\", \"event\": \"CONSULT\", \"text\": \" A met B. \","
        + " \"source\": [{\"actorText\": \"A\", \"code\": \"JAP\"}], \"target\": \"\"},"
        + "{\"id\": \"r2\", \"event\": \"AGREE\", \"text\": \"x \\\"y\\\" \\u00e9\","
        + " \"source\": [{\"code\": \"USA\"}, {\"code\": \"IGO\"}], \"target\": [{\"code\": \"RUS\"}]}]";
    List<PloverRecord> records = PloverCorpus.parse(json);
    assertThat(records).hasSize(2);
    assertThat(records.get(0)).isEqualTo(new PloverRecord("r1", "A met B.", "CONSULT", Set.of("JPN"), Set.of()));
    assertThat(records.get(1).text()).isEqualTo("x \"y\" \u00e9");
    assertThat(records.get(1).source()).containsExactlyInAnyOrder("USA", "IGO");
    assertThat(records.get(1).target()).containsExactly("RUS");
  }

  @Test
  void badJsonNamesWhere() {
    assertThatThrownBy(() -> PloverCorpus.parse("[{\"event\": }]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset");
  }
}

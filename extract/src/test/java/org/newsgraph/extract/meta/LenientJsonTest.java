package org.newsgraph.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LenientJsonTest {

  @Test
  void readsObjectsArraysStringsAndLiterals() {
    Object value = LenientJson.parse("{\"a\": [1, true, null, \"x\\u00e9\\n\"], \"b\": {}}");

    assertThat(value).isEqualTo(Map.of("a", java.util.Arrays.asList("1", "true", null, "xé\n"),
        "b", Map.of()));
  }

  @Test
  void forgivesWhatPagesGetWrong() {
    Object value =
        LenientJson.parse("// generated\n{'headline': \"Line\tone\", \"tags\": [\"a\",],}; ");

    assertThat(value).isEqualTo(Map.of("headline", "Line\tone", "tags", List.of("a")));
  }

  @Test
  void rejectsWhatIsNotJsonWithAPosition() {
    assertThatThrownBy(() -> LenientJson.parse("{\"a\": [1, 2"))
        .isInstanceOf(LenientJson.MalformedJsonException.class)
        .hasMessageContaining("at character");
    assertThat(LenientJson.tryParse("not { json")).isEmpty();
  }

  @Test
  void deepNestingIsRejectedNotAStackOverflow() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);

    assertThat(LenientJson.tryParse(deep)).isEmpty();
  }
}

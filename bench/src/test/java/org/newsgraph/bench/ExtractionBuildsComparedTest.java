package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractionBuildsComparedTest {

  @Test
  void summarisesThePassesAfterTheWarmUp() {
    double[][] millis = {
      {9.0, 4.0, 2.0, 4.0, 5.0},
      {9.0, 3.0, 1.0, 3.0, 5.0},
    };

    String summary = ExtractionBuildsCompared.summary(millis, 1);

    assertThat(summary)
        .isEqualTo(
            "last 4 passes: A 3.750 B 3.000 ms/page, B/A 0.800; median of B/A per pass 0.750"
                + " (quartiles 0.750, 1.000)");
  }
}

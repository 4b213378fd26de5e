package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeConfigTest {

  @TempDir Path dir;

  @Test
  void digestsGoOutAtSevenUnlessConfigured() throws Exception {
    assertThat(ServeConfig.load(null).digestTime()).isEqualTo(LocalTime.of(7, 0));
    assertThat(ServeConfig.load(config("digest.time=18:30")).digestTime())
        .isEqualTo(LocalTime.of(18, 30));
  }

  @Test
  void aDigestTimeThatIsNoTimeIsRefusedByName() throws Exception {
    ServeConfig config = ServeConfig.load(config("digest.time=morning"));
    assertThatThrownBy(config::digestTime)
        .hasMessageContaining("digest.time must be a time of day like 07:00, not 'morning'");
  }

  private Path config(String line) throws Exception {
    return Files.writeString(dir.resolve("serve.properties"), line + "\n");
  }
}

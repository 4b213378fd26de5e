package org.newsgraph.nlp.time.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlReaderTest {

  static Path sample() throws URISyntaxException {
    return Path.of(TimeMlReaderTest.class.getResource("/time/sample.tml").toURI());
  }

  @Test
  void readsPlainTextCreationDateAndTimexesInIt() throws Exception {
    TimeMlDocument d = new TimeMlReader().read(sample(), "sample.tml", "");

    assertThat(d.creationDate()).isEqualTo(LocalDate.of(2021, 3, 15));
    assertThat(d.text())
        .contains("Harbour & Rail Co. said Friday that freight fell for three months.")
        .doesNotContain("<")
        .doesNotContain("March 15, 2021");
    assertThat(d.timexes())
        .extracting(GoldTimex::text)
        .containsExactly("Friday", "three months", "next month");
    for (GoldTimex t : d.timexes()) {
      assertThat(d.text().substring(t.start(), t.end())).isEqualTo(t.text());
    }
    assertThat(d.timexes().get(1))
        .extracting(GoldTimex::type, GoldTimex::value)
        .containsExactly("DURATION", "P3M");
  }

  @Test
  void brokenFilesFailWithTheirName(@TempDir Path dir) throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.tml"), "<TimeML><TEXT>half a file");
    assertThatThrownBy(() -> new TimeMlReader().read(broken, "broken.tml", ""))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("broken.tml");
    Path undated =
        Files.writeString(dir.resolve("undated.tml"), "<TimeML><TEXT>no date</TEXT></TimeML>");
    assertThatThrownBy(() -> new TimeMlReader().read(undated, "undated.tml", ""))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("undated.tml");
  }
}

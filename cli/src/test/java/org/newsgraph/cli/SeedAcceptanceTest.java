package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.core.Article;
import org.newsgraph.core.Extraction;
import org.newsgraph.core.Page;
import org.newsgraph.extract.NewsArticleExtractor;
import org.newsgraph.nlp.StandardReading;
import org.newsgraph.testkit.SharedData;

/**
 * The seed page read end to end, extraction then reading, checked item by item against what a
 * careful human reader takes from it ({@code shared/seed/expected.json}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedAcceptanceTest {

  private JsonNode expected;
  private JsonNode result;

  @BeforeAll
  void readTheSeed() throws Exception {
    ObjectMapper json = new ObjectMapper();
    expected = json.readTree(SharedData.require("seed/expected.json").toFile());
    Path page = SharedData.require("seed/japan-trump-kim-2019.txt");
    Extraction extraction =
        new NewsArticleExtractor().extract(new Page(page.toString(), null, Files.readAllBytes(page), null));
    assertThat(extraction).isInstanceOf(Extraction.Accepted.class);
    Extraction.Accepted accepted = (Extraction.Accepted) extraction;
    Article article = accepted.article().withPublished(expected.get("published").asText());
    result = json.valueToTree(AnalysisJson.of(StandardReading.create().read(article), accepted.warnings()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"clean", "quotes", "people", "times", "events"})
  void everyRequiredItemIsRead(String part) {
    List<SeedScorer.Check> checks = new SeedScorer(expected).score(part, result);

    assertThat(checks).isNotEmpty();
    assertThat(checks).filteredOn(check -> !check.found()).extracting(SeedScorer.Check::label).isEmpty();
  }
}

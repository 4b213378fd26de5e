package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.index.IndexUnusableException;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.KnowledgeWriter;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.pipeline.PageSource;
import org.newsgraph.testkit.SummitStories;

class ApiServerTest {

  private static final String TOKEN = "s3cret-token";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private KnowledgeBase kb;
  private ApiServer server;
  private final List<String> ingested = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void serveTheSummit() throws IOException {
    try (KnowledgeWriter writer = KnowledgeWriter.open(dir)) {
      for (AnnotatedArticle article : SummitStories.all()) {
        writer.add(article);
      }
      writer.commit();
    }
    kb = KnowledgeBase.open(dir);
    server =
        new ApiServer(kb, TOKEN, this::recordIngest, url -> new SubmittedPage(url, ""))
            .start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
    kb.close();
  }

  @Test
  void searchAnswersWithHitsHighlightsAndFacets() throws Exception {
    JsonNode body = getOk("/api/search?q=fishing&size=1&page=2");
    assertThat(body.at("/results/total").asInt()).isEqualTo(2);
    assertThat(body.at("/results/page").asInt()).isEqualTo(2);
    assertThat(body.at("/results/items")).hasSize(1);
    assertThat(body.at("/results/items/0/highlights/0").asText()).contains("<b>fishing</b>");
    assertThat(body.at("/facets/people/0/value").asText()).isIn("Aiko Tanaka", "Lars Berg");
  }

  @Test
  void searchKeepsToTheSourceAFacetNames() throws Exception {
    JsonNode all = getOk("/api/search?q=fishing");
    assertThat(all.at("/results/total").asInt()).isEqualTo(2);
    JsonNode wire = getOk("/api/search?q=fishing&source=Wire");
    assertThat(wire.at("/results/total").asInt()).isEqualTo(1);
    assertThat(wire.at("/results/items/0/site").asText()).isEqualTo("Wire");
    assertThat(getOk("/api/search?source=Nowhere").at("/results/total").asInt()).isZero();
  }

  @Test
  void anEntityLeadsToItsProfileTimelineEventsAndArticles() throws Exception {
    JsonNode found = getOk("/api/entities?q=tan");
    String id = found.at("/items/0/id").asText();
    assertThat(found.at("/items/0/name").asText()).isEqualTo("Aiko Tanaka");
    JsonNode profile = getOk("/api/entities/" + id);
    assertThat(profile.at("/entity/roles/0/text").asText()).isEqualTo("Prime Minister");
    assertThat(profile.at("/quotes/0/quote/text").asText()).isEqualTo("We agreed on a fair share,");
    JsonNode timeline = getOk("/api/timeline?entity=" + id + "&interval=week");
    assertThat(timeline.at("/buckets/0/period").asText()).isEqualTo("2024-W10");
    JsonNode contacts = getOk("/api/events?actor=" + id + "&actor2=Lars%20Berg&type=consult");
    assertThat(contacts.at("/items/0/independentSources").asInt()).isEqualTo(2);
    String article = contacts.at("/items/0/sources/0/article").asText();
    JsonNode full = getOk("/api/articles/" + article);
    int start = full.at("/annotated/quotes/0/start").asInt();
    int end = full.at("/annotated/quotes/0/end").asInt();
    assertThat(full.at("/annotated/article/text").asText().substring(start, end))
        .isEqualTo(full.at("/annotated/quotes/0/text").asText());
  }

  @Test
  void quotesAreFilteredBySpeakerAndDate() throws Exception {
    assertThat(getOk("/api/quotes?speaker=Berg").at("/total").asInt()).isEqualTo(1);
    assertThat(getOk("/api/quotes?speaker=Berg&from=2024-03-06").at("/total").asInt()).isZero();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # path                                   | parameter
          /api/search?from=yesterday               | from
          /api/search?from=2024-05-01&to=2024-04-01 | from
          /api/search?page=0                       | page
          /api/search?page=abc                     | page
          /api/search?size=1000                    | size
          /api/search?entity=../../etc             | entity
          /api/search?type=a%20b                   | type
          /api/search?source=a%0Ab                 | source
          /api/articles/%2E%2E%2Fx                 | id
          /api/timeline                            | entity
          /api/timeline?entity=n1&interval=year    | interval
          /api/events?action=meet;drop             | action
          /api/quotes?to=2024-13-01                | to
          """)
  void badParametersGet400WithAJsonError(String path, String parameter) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = JSON.readTree(response.body());
    assertThat(error.get("parameter").asText()).isEqualTo(parameter);
    assertThat(error.get("error").asText()).isNotBlank().doesNotContain("Exception");
  }

  @Test
  void anOverlongQueryGets400() throws Exception {
    HttpResponse<String> response = get("/api/search?q=" + "a".repeat(600));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("parameter").asText()).isEqualTo("q");
  }

  @Test
  void unknownThingsGet404AsJson() throws Exception {
    assertThat(get("/api/articles/nosuch").statusCode()).isEqualTo(404);
    HttpResponse<String> missing = get("/api/nothing");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body()).get("error").asText()).contains("/api/nothing");
  }

  @Test
  void ingestRequiresTheToken() throws Exception {
    String body = "{\"urls\": [\"https://news.example/a\"]}";
    assertThat(post(body, null).statusCode()).isEqualTo(401);
    assertThat(post(body, "Bearer wrong").statusCode()).isEqualTo(401);
    assertThat(post(body, "Basic " + TOKEN).statusCode()).isEqualTo(401);
    assertThat(ingested).isEmpty();
    HttpResponse<String> accepted = post(body, "Bearer " + TOKEN);
    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(ingested).containsExactly("https://news.example/a");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          not json                               | body
          []                                     | body
          {}                                     | body
          {"urls": "https://a.example"}          | urls
          {"urls": ["file:///etc/passwd"]}       | urls
          {"pages": [{"source": "x"}]}           | pages
          """)
  void badIngestBodiesGet400(String body, String parameter) throws Exception {
    HttpResponse<String> response = post(body, "Bearer " + TOKEN);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("parameter").asText()).isEqualTo(parameter);
    assertThat(ingested).isEmpty();
  }

  @Test
  void withoutATokenIngestIsDisabled() throws Exception {
    try (ApiServer closed =
        new ApiServer(kb, null, this::recordIngest, url -> new SubmittedPage(url, ""))
            .start("127.0.0.1", 0)) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closed.port() + "/api/ingest"))
              .header("Authorization", "Bearer anything")
              .POST(HttpRequest.BodyPublishers.ofString("{\"urls\": [\"https://a.example/\"]}"))
              .build();
      assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(403);
    }
  }

  @Test
  void failuresBehindTheApiAreOneLineJsonErrors() throws Exception {
    HttpResponse<String> locked =
        post("{\"urls\": [\"https://locked.example/\"]}", "Bearer " + TOKEN);
    assertThat(locked.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(locked.body()).get("error").asText())
        .contains("another process is writing");
    HttpResponse<String> broken =
        post("{\"urls\": [\"https://boom.example/\"]}", "Bearer " + TOKEN);
    assertThat(broken.statusCode()).isEqualTo(500);
    assertThat(JSON.readTree(broken.body()).get("error").asText())
        .isEqualTo("internal error: boom");
    assertThat(broken.body()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  private IngestReport recordIngest(List<PageSource> sources) throws IOException {
    for (PageSource source : sources) {
      if (source.name().contains("locked")) {
        throw new IndexUnusableException(dir, "another process is writing this index");
      }
      if (source.name().contains("boom")) {
        throw new IllegalStateException("boom\n\tat somewhere");
      }
    }
    sources.forEach(s -> ingested.add(s.name()));
    return new IngestReport(List.of(), 0, 0, 0, 0, Map.of());
  }

  private JsonNode getOk(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> get(String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path)).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String body, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + "/api/ingest"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String base() {
    return "http://127.0.0.1:" + server.port();
  }
}

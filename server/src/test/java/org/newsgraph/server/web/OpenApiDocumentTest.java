package org.newsgraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served OpenAPI document against the routes the API server and the web UI register. */
class OpenApiDocumentTest {

  private static final Pattern PATH_PARAM = Pattern.compile("\\{(\\w+)}");

  @TempDir static Path dir;
  static WebWorld world;
  static JsonNode doc;

  @BeforeAll
  static void serve() throws Exception {
    world = WebWorld.start(dir, null);
    HttpResponse<String> served = send("GET", "/api/openapi.json", null);
    assertThat(served.statusCode()).isEqualTo(200);
    doc = new ObjectMapper().readTree(served.body());
  }

  @AfterAll
  static void stop() throws IOException {
    world.close();
  }

  @Test
  void everyApiRouteIsDocumentedAndNothingElse() {
    Set<String> routes = new TreeSet<>();
    world.server.with(app -> app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.getEndpoint())
        .filter(e -> e.getMethod().isHttpMethod() && e.getPath().startsWith("/api/"))
        .forEach(e -> routes.add(e.getMethod().name() + " " + e.getPath())));
    Set<String> documented = new TreeSet<>();
    doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
        .forEachRemaining(method -> documented.add(
            method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    assertThat(routes).contains("GET /api/search", "POST /api/watchlists/{id}/digest");
    assertThat(documented).isEqualTo(routes);
  }

  @Test
  void everyOperationDeclaresItsPathParametersAndResponses() {
    forEachOperation((path, method, op) -> {
      Matcher m = PATH_PARAM.matcher(path);
      while (m.find()) {
        String name = m.group(1);
        boolean declared = false;
        for (JsonNode p : op.path("parameters")) {
          declared |= p.path("in").asText().equals("path") && p.path("name").asText().equals(name)
              && p.path("required").asBoolean();
        }
        assertThat(declared).as(method + " " + path + " declares {" + name + "}").isTrue();
      }
      assertThat(op.path("summary").asText()).as(method + " " + path).isNotBlank();
      assertThat(op.path("responses").size()).as(method + " " + path).isPositive();
    });
  }

  @Test
  void everyWriteNeedsTheBearerTokenAsDocumented() throws Exception {
    Set<String> writes = new TreeSet<>();
    forEachOperation((path, method, op) -> {
      if (!method.equals("get")) {
        writes.add(method + " " + path);
        assertThat(op.at("/security/0").has("bearer")).as(method + " " + path).isTrue();
        assertThat(op.path("responses").has("401")).as(method + " " + path).isTrue();
      }
    });
    for (String write : writes) {
      String[] parts = write.split(" ");
      HttpResponse<String> anonymous = send(parts[0].toUpperCase(Locale.ROOT),
          parts[1].replace("{id}", "nosuch"), "{}");
      assertThat(anonymous.statusCode()).as(write).isEqualTo(401);
      assertThat(anonymous.body()).as(write).contains("\"error\"");
    }
    assertThat(writes).contains("post /api/watchlists", "delete /api/watchlists/{id}");
  }

  private interface OperationCheck {
    void check(String path, String method, JsonNode operation);
  }

  private static void forEachOperation(OperationCheck check) {
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue().fields().forEachRemaining(
          op -> check.check(path.getKey(), op.getKey(), op.getValue()));
    }
  }

  private static HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body);
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(world.base + path)).method(method, publisher).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

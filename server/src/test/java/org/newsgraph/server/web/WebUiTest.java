package org.newsgraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.index.KnownEntity;

class WebUiTest {

  @TempDir static Path dir;
  static WebWorld world;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void serve() throws IOException {
    world = WebWorld.start(dir, null);
  }

  @AfterAll
  static void stop() throws IOException {
    world.close();
  }

  @Test
  void articleContentWithScriptPayloadsRendersInert() throws Exception {
    String id = world.articleId("payload");
    HttpResponse<String> page = get("/articles/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertInert(page.body());
    assertThat(page.body()).contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=alert(2)&gt;");
    HttpResponse<String> search = get("/search?q=" + enc("script alert"));
    assertInert(search.body());
    assertThat(search.body()).contains("<mark>");
  }

  @Test
  void everyPageCarriesTheSecurityPolicyAndNoInlineScriptOrHandler() throws Exception {
    String tanaka = world.entity("Aiko Tanaka").id();
    for (String path : List.of("/search", "/search?q=fish", "/articles/" + world.articleId("rival"),
        "/entities/" + tanaka, "/pair?a=" + tanaka + "&b=" + enc("Lars Berg"), "/quotes",
        "/ingest", "/watchlists")) {
      HttpResponse<String> page = get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
          .contains(SecurityHeaders.POLICY);
      assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertInert(page.body());
    }
    assertThat(get("/api/search?q=fish").headers().firstValue("Content-Security-Policy"))
        .isPresent();
  }

  @Test
  void searchHighlightsFacetsAndPagesToTheEnd() throws Exception {
    String first = get("/search?q=harbour").body();
    assertThat(first).contains("<mark>harbour</mark>").contains("Page 1 of 2 (23 results)")
        .contains(">Bergen</a>");
    Matcher last = Pattern.compile("href=\"([^\"]*)\">Last<").matcher(first);
    assertThat(last.find()).isTrue();
    String end = get(last.group(1).replace("&amp;", "&")).body();
    assertThat(end).contains("Page 2 of 2").doesNotContain(">Next<");
    assertThat(Pattern.compile("class=\"hit\"").matcher(end).results().count()).isEqualTo(3);
  }

  @Test
  void aSourcesFacetLinkFiltersTheSearchToThatSite() throws Exception {
    String all = get("/search?q=fishing").body();
    Matcher wire = Pattern.compile("href=\"(/search\\?source=[^\"]*)\"[^>]*>Wire</a>")
        .matcher(all);
    assertThat(wire.find()).as(all).isTrue();
    assertThat(wire.group(1)).contains("q=fishing");
    String filtered = get(wire.group(1).replace("&amp;", "&")).body();
    assertThat(Pattern.compile("class=\"hit\"").matcher(filtered).results().count())
        .isEqualTo(1);
    assertThat(filtered).contains("name=\"source\" value=\"Wire\"")
        .doesNotContain(">Daily</a>");
  }

  @Test
  void articleMarksEntitiesAndQuotesFromTheirSpans() throws Exception {
    String tanaka = world.entity("Aiko Tanaka").id();
    String page = get("/articles/" + world.articleId("berg-hosts-tanaka")).body();
    assertThat(page)
        .contains("<a class=\"ent ent-person\" href=\"/entities/" + tanaka + "\"")
        .contains("title=\"Said by Lars Berg\"")
        .contains("Fish do not respect borders,</span>")
        .contains("href=\"https://rival.example/berg-hosts-tanaka\"");
  }

  @Test
  void entityPageShowsRolesTimelineQuotesAndNetwork() throws Exception {
    KnownEntity berg = world.entity("Lars Berg");
    String page = get("/entities/" + berg.id()).body();
    assertThat(page).contains("the Norwegian president").contains("data-timeline=")
        .contains("Fish do not respect borders").contains("data-graph=")
        .contains("class=\"network-link\">Aiko Tanaka</a>");
  }

  @Test
  void pairPageShowsNegatedContactsAndSources() throws Exception {
    String page = get("/pair?a=" + enc("Aiko Tanaka") + "&b=" + enc("Lars Berg")).body();
    assertThat(page).contains("2 events between them, 1 of them reported as not happening")
        .contains("not happening").contains("Aiko Tanaka did not meet Lars Berg")
        .contains("https://wire.example/summit").contains("The two leaders met");
  }

  @Test
  void formsThatChangeStateNeedTheCsrfToken() throws Exception {
    String form = "name=Summits&kind=event&entity=" + enc("Aiko Tanaka") + "&type=CONSULT";
    HttpResponse<String> forged = post("/watchlists", form, null);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(get("/api/watchlists").body()).doesNotContain("Summits");

    HttpResponse<String> list = get("/watchlists");
    String cookie = list.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    assertThat(list.headers().firstValue("Set-Cookie").orElseThrow())
        .contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
    String token = cookie.substring(cookie.indexOf('=') + 1);
    HttpResponse<String> wrong = post("/watchlists", form + "&ng_csrf=" + "0".repeat(64), cookie);
    assertThat(wrong.statusCode()).isEqualTo(403);
    HttpResponse<String> made = post("/watchlists", form + "&ng_csrf=" + token, cookie);
    assertThat(made.statusCode()).isEqualTo(303);
    String location = made.headers().firstValue("Location").orElseThrow();
    String shown = get(location).body();
    assertThat(shown).contains("new CONSULT event involving Aiko Tanaka")
        .contains("Aiko Tanaka meet Lars Berg (CONSULT)");
    String feed = get(location + "/feed.atom").body();
    assertThat(feed).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
        .contains("<title>Aiko Tanaka meet Lars Berg (CONSULT), 2024-03-05</title>");
  }

  @Test
  void apiWritesNeedTheBearerToken() throws Exception {
    String body = "{\"name\": \"Berg quotes\", \"rules\": [{\"kind\": \"quote\","
        + " \"entity\": \"Lars Berg\"}]}";
    HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/api/watchlists"))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("\"error\"");
    HttpResponse<String> made = send(HttpRequest.newBuilder(uri("/api/watchlists"))
        .header("Authorization", "Bearer " + WebWorld.TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    assertThat(made.statusCode()).isEqualTo(201);
    String location = made.headers().firstValue("Location").orElseThrow();
    String id = location.substring(location.lastIndexOf('/') + 1);
    assertThat(get("/api/watchlists/" + id + "/alerts").body())
        .contains("Fish do not respect borders");
    HttpResponse<String> bad = send(HttpRequest.newBuilder(uri("/api/watchlists"))
        .header("Authorization", "Bearer " + WebWorld.TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"x\", \"rules\": [{\"kind\":"
            + " \"quote\", \"entity\": \"Nobody Known\"}]}")).build());
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("no entity named 'Nobody Known'");
  }

  @Test
  void badInputIsAPageNotAStackTrace() throws Exception {
    HttpResponse<String> page = get("/search?from=yesterday");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("from must be a date YYYY-MM-DD").doesNotContain("Exception");
    assertThat(get("/articles/nope").statusCode()).isEqualTo(404);
    assertThat(get("/search?source=a%0Ab").statusCode()).isEqualTo(400);
  }

  /** No script element without a source, no event handler attribute, no raw payload. */
  static void assertInert(String html) {
    assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
    assertThat(Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>").matcher(html).find())
        .as("inline script").isFalse();
    assertThat(Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html)
        .find()).as("event handler attribute").isFalse();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static URI uri(String path) {
    return URI.create(world.base + path);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  private static HttpResponse<String> post(String path, String form, String cookie)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return send(b.build());
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}

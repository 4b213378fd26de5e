package org.newsgraph.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The UI's scripts and styles: its own from this package's resources, the chart and network
 * libraries from their WebJars. Only the files named here are served.
 */
final class Assets {

  static final String CSS = "/assets/app.css";
  static final String ENTITY_JS = "/assets/entity.js";
  static final String ARTICLE_JS = "/assets/article.js";
  static final String CHART_JS = "/assets/vendor/chart.umd.min.js";
  static final String CYTOSCAPE_JS = "/assets/vendor/cytoscape.min.js";

  private static final String OWN = "/org/newsgraph/server/web/";
  private static final String WEBJARS = "/META-INF/resources/webjars/";

  private static final Map<String, String> FILES =
      Map.of(
          CSS, OWN + "app.css",
          ENTITY_JS, OWN + "entity.js",
          ARTICLE_JS, OWN + "article.js",
          CHART_JS, WEBJARS + "chart.js/4.5.1/dist/chart.umd.min.js",
          CYTOSCAPE_JS, WEBJARS + "cytoscape/3.33.1/dist/cytoscape.min.js");

  private final Map<String, byte[]> loaded = new java.util.concurrent.ConcurrentHashMap<>();

  void register(Javalin app) {
    FILES.keySet().forEach(path -> app.get(path, this::serve));
  }

  private void serve(Context ctx) {
    String path = ctx.path();
    String resource = FILES.get(path);
    if (resource == null) {
      ctx.status(HttpStatus.NOT_FOUND).result("no such asset");
      return;
    }
    byte[] body = loaded.computeIfAbsent(resource, Assets::read);
    ctx.contentType(path.endsWith(".css") ? "text/css; charset=utf-8"
        : "text/javascript; charset=utf-8");
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.result(body);
  }

  private static byte[] read(String resource) {
    try (InputStream in = Assets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("asset missing from the class path: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read asset " + resource, e);
    }
  }
}

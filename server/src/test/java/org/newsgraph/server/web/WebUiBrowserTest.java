package org.newsgraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end in headless Chromium (Debian's {@code /usr/bin/chromium}): search, open an article,
 * open an entity, follow a link of the network, create a watchlist and read its feed. Checks each
 * page's accessibility ({@code a11y-check.js}: language, labels, names, alt text, contrast) and
 * that Tab reaches the query box, and writes a screenshot of each page at 1280x800 to {@code
 * target/screenshots/}. Skipped when Chromium is missing, except on CI, where that fails.
 */
class WebUiBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SHOTS = Path.of("target/screenshots");
  private static final String A11Y_CHECK = resource("a11y-check.js");

  @TempDir Path dir;

  @Test
  void analystSearchesReadsFollowsTheNetworkAndWatches() throws Exception {
    requireChromium();
    Files.createDirectories(SHOTS);
    try (WebWorld world = WebWorld.start(dir, null);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
            .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(CHROMIUM).setHeadless(true)
            .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run")))) {
      Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 800));
      List<String> errors = new java.util.ArrayList<>();
      page.onConsoleMessage(m -> {
        if (m.type().equals("error")) {
          errors.add(m.text());
        }
      });
      page.navigate(world.base + "/search");
      tabReachesTheQueryBox(page);
      page.getByLabel("Words").fill("fishing quotas");
      page.getByLabel("Words").press("Enter");
      page.waitForURL("**/search?q=fishing+quotas**");
      assertThat(page.locator("mark").first().textContent()).isEqualToIgnoringCase("fishing");
      shot(page, "search");

      page.locator(".hit h2 a").first().click();
      page.waitForURL("**/articles/**");
      assertThat(page.locator("#article-text a.ent").first().textContent()).contains("Aiko");
      page.locator("#article-text .quote").first().click();
      assertThat(page.locator(".facts li.current").textContent()).contains("We agreed");
      shot(page, "article");

      page.locator(".facts a", new Page.LocatorOptions().setHasText("Lars Berg"))
          .first().click();
      page.waitForURL("**/entities/**");
      assertThat(page.locator("h1").textContent()).isEqualTo("Lars Berg");
      page.waitForFunction("() => window.newsgraphNetwork && window.Chart");
      shot(page, "entity");
      clickNetworkNode(page, "Aiko Tanaka");
      page.waitForURL("**/entities/**");
      page.waitForFunction("() => document.querySelector('h1').textContent === 'Aiko Tanaka'");
      shot(page, "entity-followed");

      page.navigate(world.base + "/pair?a=Aiko+Tanaka&b=Lars+Berg");
      assertThat(page.locator(".badge").first().textContent()).isEqualTo("not happening");
      shot(page, "pair");
      page.navigate(world.base + "/quotes?speaker=Lars+Berg");
      shot(page, "quotes");
      page.navigate(world.base + "/ingest");
      shot(page, "ingest");

      page.navigate(world.base + "/watchlists");
      page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Summit watch");
      page.getByLabel("Entity (name or id)").fill("Aiko Tanaka");
      page.getByLabel("Event type (event)").fill("CONSULT");
      page.getByText("Create watchlist").click();
      page.waitForURL("**/watchlists/w*");
      assertThat(page.locator(".alerts").textContent())
          .contains("Aiko Tanaka meet Lars Berg (CONSULT)")
          .contains("Aiko Tanaka did not meet Lars Berg (CONSULT)");
      shot(page, "watchlist");
      assertThat(errors).as("console errors (a CSP violation shows here)").isEmpty();
      page.getByText("Atom feed").click();
      assertThat(page.content()).contains("Aiko Tanaka meet Lars Berg (CONSULT)");

      page.setViewportSize(390, 844);
      page.navigate(world.base + "/search?q=harbour");
      int width = (int) (double) ((Number) page.evaluate(
          "() => document.documentElement.scrollWidth")).doubleValue();
      assertThat(width).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
      page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("search-phone.png")));

      page.evaluate("() => { document.body.insertAdjacentHTML('beforeend',"
          + " '<input id=\"unlabelled\"><p id=\"faint\">faint text</p>');"
          + " const p = document.getElementById('faint'); p.style.color = '#ddd';"
          + " p.style.background = '#fff'; }");
      assertThat((List<?>) page.evaluate(A11Y_CHECK)).as("the check finds what it looks for")
          .anySatisfy(p -> assertThat(p).asString().startsWith("no label: input#unlabelled"))
          .anySatisfy(p -> assertThat(p).asString().contains("\"faint text\""));
    }
  }

  /** Clicks the network's node labelled {@code label} where cytoscape drew it. */
  private static void clickNetworkNode(Page page, String label) {
    page.locator("#network").scrollIntoViewIfNeeded();
    page.evaluate("() => window.newsgraphNetwork.resize()");
    page.waitForTimeout(300);
    @SuppressWarnings("unchecked")
    Map<String, Object> at = (Map<String, Object>) page.evaluate(
        "label => { const n = window.newsgraphNetwork.nodes().filter(x => x.data('label') === label)[0];"
            + " const p = n.renderedPosition(); const box = document.getElementById('network')"
            + ".getBoundingClientRect(); return {x: box.left + p.x, y: box.top + p.y}; }", label);
    page.mouse().click(((Number) at.get("x")).doubleValue(), ((Number) at.get("y")).doubleValue());
  }

  /**
   * Takes the screenshot of the page and checks its accessibility: language, labels, names, alt
   * text and text contrast.
   */
  private static void shot(Page page, String name) {
    assertThat((List<?>) page.evaluate(A11Y_CHECK)).as("accessibility of " + name).isEmpty();
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png"))
        .setFullPage(false));
  }

  private static String resource(String name) {
    try (java.io.InputStream in = WebUiBrowserTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Tab from the top of the search page reaches the query box: the page works by keyboard. */
  private static void tabReachesTheQueryBox(Page page) {
    for (int i = 0; i < 15; i++) {
      page.keyboard().press("Tab");
      if (Boolean.TRUE.equals(page.evaluate(
          "() => document.activeElement && document.activeElement.labels"
              + " && Array.from(document.activeElement.labels).some(l => l.textContent.trim() === 'Words')"))) {
        return;
      }
    }
    throw new AssertionError("15 presses of Tab never reached the query box");
  }

  private static void requireChromium() {
    if (!Files.isExecutable(CHROMIUM)) {
      String message = "browser tests need Chromium at " + CHROMIUM
          + " (apt-get install -y chromium)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(message);
      }
      Assumptions.abort(message);
    }
  }
}

package org.newsgraph.extract.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.testkit.DocumentTrees;

/**
 * The fast path parser builds exactly jsoup's tree or gives up: on random tag soup from {@link
 * TagSoup}, on one small document for each awkward rule of HTML parsing, and (once the fast path
 * lands) it accepts plain, well-formed article pages.
 */
class FastPathParserAgreementTest {

  private static final String BASE = "https://example.com/news/2024/story.html";

  @Property(tries = 2000)
  void theFastPathBuildsJsoupsTreeOrGivesUp(
      @ForAll("documents") String html, @ForAll("baseUris") String baseUri) {
    assertAgreesOrGivesUp(html, baseUri);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("awkwardDocuments")
  void theFastPathBuildsJsoupsTreeOrGivesUpOnAwkwardMarkup(String name, String html) {
    assertAgreesOrGivesUp(html, BASE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plainArticles")
  void theFastPathAcceptsPlainWellFormedArticles(String name, String html) {
    Optional<Document> fast = FastPathParser.tryParse(html, BASE);

    assertThat(fast).as("the fast path gave up on %s", name).isPresent();
    assertThat(DocumentTrees.firstDifference(jsoup(html, BASE), fast.get())).isNull();
  }

  /** Two jsoup parses of the same soup agree, so a difference found above is the fast path's. */
  @Test
  void theComparisonFindsNoDifferenceBetweenTwoJsoupParsesOfTheSoup() {
    Random random = new Random(7);
    for (int i = 0; i < 300; i++) {
      String html = new TagSoup(random, i % 3 == 0).document();
      Optional<Document> first = jsoupIfItCan(html);

      first.ifPresent(doc -> assertThat(DocumentTrees.firstDifference(doc, jsoup(html, BASE)))
          .as("two parses of %s", html)
          .isNull());
    }
  }

  /** The soup reaches the parser's awkward rules, not only its plain paths. */
  @Test
  void theSoupReachesTheAwkwardRules() {
    Random random = new Random(11);
    Set<String> seen = new TreeSet<>();
    for (int i = 0; i < 1500; i++) {
      jsoupIfItCan(new TagSoup(random, i % 3 == 0).document())
          .ifPresent(doc -> seen.addAll(features(doc)));
    }

    assertThat(seen)
        .containsAll(List.of("quirks mode", "svg", "math", "cdata",
            "form with controls", "data node", "comment after body", "comment after html",
            "text after body", "depth over 500", "frameset", "template", "custom tag",
            "attribute without value", "replacement character", "doctype public id",
            "self-closing custom tag", "base href"));
  }

  @Provide
  Arbitrary<String> documents() {
    // A third of the documents are odd, the rest plausible; each is built from parts that
    // shrink apart (whole head items and body blocks drop out) when a difference is found.
    return Arbitraries.integers().between(0, 2).flatMap(roll -> {
      boolean odd = roll == 0;
      Arbitrary<String> start = part(odd, s -> s.prolog() + s.htmlStart() + s.headStart());
      Arbitrary<List<String>> head = part(odd, TagSoup::headItem).list().ofMaxSize(8);
      Arbitrary<String> between = part(odd, s -> s.headEnd() + s.bodyStart());
      Arbitrary<List<String>> body = part(odd, s -> s.block(0)).list().ofMaxSize(10);
      Arbitrary<String> end = part(odd, TagSoup::epilog);
      return Combinators.combine(start, head, between, body, end)
          .as((s, h, b, d, e) -> s + String.join("", h) + b + String.join("", d) + e);
    });
  }

  @Provide
  Arbitrary<String> baseUris() {
    return Arbitraries.of(BASE, "", "http://example.org/a/");
  }

  private static Arbitrary<String> part(boolean odd, Function<TagSoup, String> writer) {
    return Arbitraries.randomValue(random -> writer.apply(new TagSoup(random, odd)));
  }

  private static void assertAgreesOrGivesUp(String html, String baseUri) {
    Optional<Document> fast = FastPathParser.tryParse(html, baseUri);
    if (fast.isEmpty()) {
      return;
    }
    Document expected;
    try {
      expected = jsoup(html, baseUri);
    } catch (RuntimeException e) {
      throw new AssertionError("the fast path built a tree where jsoup's parser throws " + e
          + ", for " + html, e);
    }
    assertThat(DocumentTrees.firstDifference(expected, fast.get()))
        .as("the fast path's tree of %s", html)
        .isNull();
  }

  /** Jsoup's tree of the soup, or empty on the rare soup that makes jsoup 1.24.1 throw. */
  private static Optional<Document> jsoupIfItCan(String html) {
    try {
      return Optional.of(jsoup(html, BASE));
    } catch (IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  private static Document jsoup(String html, String baseUri) {
    return Parser.htmlParser().parseInput(html, baseUri);
  }

  private static Set<String> features(Document doc) {
    Set<String> found = new TreeSet<>();
    if (doc.quirksMode() == Document.QuirksMode.quirks) {
      found.add("quirks mode");
    }
    if (doc.documentType() != null && !doc.documentType().publicId().isEmpty()) {
      found.add("doctype public id");
    }
    if (!doc.baseUri().equals(BASE)) {
      found.add("base href");
    }
    Element html = doc.child(0);
    boolean afterBody = false;
    for (Node n : html.childNodes()) {
      afterBody |= n == doc.body();
      if (afterBody && n instanceof Comment) {
        found.add("comment after body");
      }
    }
    if (html.siblingIndex() < doc.childNodeSize() - 1 && doc.childNode(doc.childNodeSize() - 1)
        instanceof Comment) {
      found.add("comment after html");
    }
    if (doc.body() != null && doc.body().nextSibling() == null
        && doc.body().childNodeSize() > 0) {
      Node last = doc.body().childNode(doc.body().childNodeSize() - 1);
      if (last instanceof TextNode t && t.text().contains("after")) {
        found.add("text after body");
      }
    }
    doc.traverse((node, depth) -> found.addAll(nodeFeatures(node, depth)));
    return found;
  }

  private static List<String> nodeFeatures(Node node, int depth) {
    List<String> found = new ArrayList<>();
    if (depth > 500) {
      found.add("depth over 500");
    }
    if (node instanceof CDataNode) {
      found.add("cdata");
    } else if (node instanceof TextNode t && t.getWholeText().indexOf('\uFFFD') >= 0) {
      found.add("replacement character");
    } else if (node instanceof DataNode) {
      found.add("data node");
    } else if (node instanceof FormElement form && !form.elements().isEmpty()) {
      found.add("form with controls");
    }
    if (node instanceof Element e) {
      String namespace = e.tag().namespace();
      if (namespace.equals(Parser.NamespaceSvg)) {
        found.add("svg");
      } else if (namespace.equals(Parser.NamespaceMathml)) {
        found.add("math");
      }
      if (Set.of("frameset", "template").contains(e.normalName())) {
        found.add(e.normalName());
      }
      if (!e.tag().isKnownTag()) {
        found.add(e.tag().is(Tag.SeenSelfClose) ? "self-closing custom tag" : "custom tag");
      }
      for (Attribute a : e.attributes()) {
        if (!a.hasDeclaredValue()) {
          found.add("attribute without value");
        }
      }
    }
    return found;
  }

  static Stream<Arguments> awkwardDocuments() {
    return Stream.of(
        Arguments.of("html5 doctype", "<!DOCTYPE html><html><head></head><body><p>x</p>"),
        Arguments.of("html4 public and system ids", "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML"
            + " 4.01 Transitional//EN\" \"http://www.w3.org/TR/html4/loose.dtd\"><p>x"),
        Arguments.of("quirks doctype", "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0"
            + " Transitional//EN\"><table><p>x</table>"),
        Arguments.of("no doctype", "<html><body><p>x</p></body></html>"),
        Arguments.of("malformed doctype", "<!DOCTYPE html PUBLIC><p>x"),
        Arguments.of("bare doctype", "<!DOCTYPE><p>x"),
        Arguments.of("comments everywhere", "<!-- a --><!DOCTYPE html><!-- b --><html><!-- c -->"
            + "<head><!-- d --></head><!-- e --><body><!-- f --></body><!-- g --></html><!-- h -->"),
        Arguments.of("short comments", "<p><!--><!---><!----></p>"),
        Arguments.of("unclosed comment", "<p>a<!-- never closed <p>b"),
        Arguments.of("comment ended by --!>", "<p>a<!-- x --!>b</p>"),
        Arguments.of("xml declaration", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>x"),
        Arguments.of("script with comment and end tag in strings", "<head><script>var a = "
            + "\"<!--\"; var b = \"</scr\" + \"ipt>\"; var c = '<\\/script>';</script></head>"),
        Arguments.of("script escaped comment", "<script><!--<script>x</script>--></script><p>y"),
        Arguments.of("style and title", "<title>A &amp; B <b>c</b></title><style>p > a{}</style>"),
        Arguments.of("base and meta", "<head><base href=\"/root/\"><meta charset=utf-8>"
            + "<link rel=canonical href=a.html></head><body><a href=b>b</a>"),
        Arguments.of("noscript in head and body", "<head><noscript><link rel=stylesheet href=n>"
            + "<img src=x></noscript></head><body><noscript><p>no</p></noscript>"),
        Arguments.of("text before and in head", " x <head> y <title>t</title> z </head> w"),
        Arguments.of("whitespace between head and body", "<html> \n<head>\n</head>\n \n<body>"),
        Arguments.of("content after body and html", "<body><p>a</p></body> b <p>c</p></html>"
            + " d <!-- e --> <div>f</div>"),
        Arguments.of("misnested formatting", "<p><b>1<i>2</b>3</i>4</p><a href=1>x<a href=2>y"),
        Arguments.of("adoption agency over blocks", "<b>1<p>2</b>3</p><font><div>d</font>e"),
        Arguments.of("nobr nested", "<nobr>a<nobr>b</nobr>c"),
        Arguments.of("unclosed p li dd dt option", "<p>a<p>b<ul><li>1<li>2</ul><dl><dt>t<dd>d"
            + "<dt>u</dl><select><option>o<option>p</select>"),
        Arguments.of("stray end tags", "</p><div>a</div></div></span></br><p>b</p></p>"),
        Arguments.of("nested headings", "<h1>a<h2>b</h2></h1><h3>c</h4>"),
        Arguments.of("tables", "<table><tr><td>1<td>2</table><table><caption>c</caption>"
            + "<thead><tr><th>h</thead><tbody><tr><td>x</td></tr></tbody></table>"),
        Arguments.of("text and nested table in table", "<table>text<tr><td><table><tr><td>in"
            + "</table></td></tr><p>p</p></table>"),
        Arguments.of("forms", "<form id=a><input name=q><form id=b><input name=r></form>"
            + "<select name=s><option>1</select><textarea>t</textarea></form>"),
        Arguments.of("form in table", "<table><form><tr><td><input name=x></td></tr></form>"),
        Arguments.of("void elements", "<p>a<br>b<br/>c<img src=x><img src=y /><hr><input>"
            + "<wbr><embed src=e></p>"),
        Arguments.of("self-closing non-void", "<div/>a<span/>b<p/>c<my-widget/>d"),
        Arguments.of("custom tags", "<my-widget data-x=1><x-y>z</x-y></my-widget>"),
        Arguments.of("svg", "<svg viewbox=\"0 0 1 1\"><lineargradient/><path d=M0/>"
            + "<foreignObject><p>x</p></foreignObject><![CDATA[c]]></svg>"),
        Arguments.of("math", "<math><mi>x</mi><annotation-xml encoding=\"text/html\"><p>y"
            + "</annotation-xml></math>"),
        Arguments.of("raw text elements", "<iframe><p>i</p></iframe><textarea><b>t</b>"
            + "</textarea><xmp><b>x</b></xmp><title>in body</title>"),
        Arguments.of("plaintext", "<p>a<plaintext><b>all text</b></plaintext>"),
        Arguments.of("attributes", "<p a=\"1\" b='2' c=3 d e=\"\" A=dup a=again CLASS=x"
            + " f==g h= i =\"j\">"),
        Arguments.of("entities in attributes", "<a href=\"?a=1&b=2&amp;c&copy=3\" title="
            + "\"&copy2019 &notit; &#0;\">x</a>"),
        Arguments.of("entities in text", "<p>&amp; &copy &copy2019 AT&T &#39; &#x27; &#150;"
            + " &#0; &#xD800; &notit; &bogus; &notin;</p>"),
        Arguments.of("carriage returns", "<p>a\rb\r\nc</p>\r\n<pre>\r\nx</pre>"),
        Arguments.of("NUL characters", "<p>a\u0000b</p><p \u0000x=1>\u0000</p><script>\u0000"
            + "</script>"),
        Arguments.of("non-ASCII and surrogates", "<p>Zürich 北京 😀 \uD800 \uDC00 é</p>"),
        Arguments.of("less-than in text", "<p>a < b, <3, < p>, <>, </>, a<b</p>"),
        Arguments.of("deep nesting", "<div>".repeat(600) + "deep" + "</div>".repeat(600)),
        Arguments.of("deep unclosed formatting", "<b>".repeat(600) + "x"),
        // jsoup 1.24.1 throws IndexOutOfBoundsException here (reconstructing the formatting
        // elements past its depth limit of 512): the fast path must give up.
        Arguments.of("formatting to reconstruct past the depth limit",
            "<p><b><b><b><p>" + "<section>".repeat(510) + "<"),
        Arguments.of("upper and mixed case", "<HTML><HEAD><TITLE>T</TITLE></HEAD><Body>"
            + "<P CLASS=A>x</P><Div>y</DIV></BODY></HTML>"),
        Arguments.of("repeated html and body", "<html lang=en><body class=a><p>x<html lang=de"
            + " data-x><body id=b class=c>y"),
        Arguments.of("frameset", "<html><head></head><frameset><frame src=a></frameset>"
            + "<noframes>n</noframes></html>"),
        Arguments.of("template", "<template><tr><td>t</td></tr></template><p>x"),
        Arguments.of("select in a table", "<table><tr><td><select><option>a<td>b</table>"
            + "<table><tr><td><select><option>c</table>d<table><caption><select><option>e"
            + "</caption></table>"),
        Arguments.of("stray end tags in a table", "<table><tr><td>a</td></div></font></form>"
            + "</span><td>b</tr></table><table></p><tr><td>c</table>"),
        Arguments.of("nobr", "<nobr>a<nobr>b</nobr><p><nobr>c</p>d"),
        Arguments.of("references in attributes before - _ = and letters", "<a title=\"1&amp-x"
            + " 2&amp_x 3&amp=x 4&ampx 5&amp9 6&copy-x 7&lt_y 8&not-\">x</a>"),
        Arguments.of("line breaks after textarea", "<textarea>\r\na</textarea><noscript>"
            + "<textarea>\r\nb</textarea><textarea>\nc</textarea></noscript>"),
        Arguments.of("script writing a script", "<script><!--\ndocument.write('<script"
            + " src=x.js></script>');\n//--></script><p>after"),
        Arguments.of("escaped script states", "<script><!--<script>a</script>b--></script>c"
            + "<script><!-- a --> <script> b </script>d<script><!--></script>e"
            + "<script><!--- a ---></script>f<script><!-- <SCRIPT>x</SCRIPT> --></script>g"
            + "<script><!-- <scripts> </scripts> --></script>h"),
        Arguments.of("formatting closed around a block", "<b>a<div>b</b>c</div><i><p>d</i>e"),
        Arguments.of("empty document", ""),
        Arguments.of("text only", "just text"));
  }

  static Stream<Arguments> plainArticles() {
    return Stream.of(
        Arguments.of("article page", article("<article><h1>Council votes to rebuild the library"
            + "</h1><p class=\"byline\">By <a href=\"/authors/ana\">Ana L&oacute;pez</a>,"
            + " <time datetime=\"2024-03-12\">March 12, 2024</time></p><figure>"
            + "<img src=\"/i/library.jpg\" alt=\"The old library\" width=\"640\">"
            + "<figcaption>The old library.</figcaption></figure><p>The council voted on"
            + " Tuesday to rebuild the library, ending years of debate.</p><p>&ldquo;It is"
            + " time,&rdquo; said the mayor.</p><ul><li>Cost: &euro;5m</li><li>Opens"
            + " 2026</li></ul></article>")),
        Arguments.of("page with navigation and footer", article("<header><nav><ul><li><a"
            + " href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>"
            + "</header><main><div class=\"story\"><h2>Floods in the north</h2><p>Rivers rose"
            + " <em>quickly</em> after <strong>three days</strong> of rain.</p></div></main>"
            + "<footer><p>&copy; 2024 Example News</p></footer>")),
        Arguments.of("page with scripts and a form", article("<div id=\"main\"><p>Results:"
            + "</p><form action=\"/search\"><input name=q><select name=\"section\"><option"
            + " value=\"all\" selected>All<option value=\"world\">World</select><button>Go"
            + "</button></form><script>if (a < b && c) { go(); }</script><noscript><img"
            + " src=\"/pixel.gif\"></noscript></div>")),
        Arguments.of("html4 page without head and body tags", "<!DOCTYPE html>\n<title>Short"
            + " story</title>\n<p>One paragraph.\n<p>Another paragraph.\n"));
  }

  private static String article(String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>Council votes | Example News</title>\n<meta name=\"description\""
        + " content=\"The council voted.\">\n<link rel=\"stylesheet\" href=\"/s/site.css\">\n"
        + "<script src=\"/s/site.js\" async></script>\n</head>\n<body class=\"article\">\n"
        + body + "\n</body>\n</html>\n";
  }
}

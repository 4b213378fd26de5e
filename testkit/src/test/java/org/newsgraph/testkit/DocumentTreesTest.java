package org.newsgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class DocumentTreesTest {

  private static final String PAGE =
      "<!DOCTYPE html><html lang=en><head><title>T</title><script>var a = 1;</script></head>"
          + "<body><div id=main class='story'><p>One <b>two</b></p><p>Three</p>"
          + "<form><input name=q disabled></form><svg viewBox='0 0 1 1'><path d=M0/></svg>"
          + "</div></body></html>";

  private static Document parse(String html) {
    return Parser.htmlParser().parseInput(html, "https://example.com/a");
  }

  @Test
  void aCloneAndASecondParseAreEqual() {
    Document page = parse(PAGE);

    assertThat(DocumentTrees.firstDifference(page, page.clone())).isNull();
    assertThat(DocumentTrees.firstDifference(page, parse(PAGE))).isNull();
  }

  @Test
  void findsAChangedAttributeValue() {
    Document changed = parse(PAGE);
    changed.selectFirst("div").attr("class", "stories");

    assertThat(DocumentTrees.firstDifference(parse(PAGE), changed))
        .isEqualTo("at html[1]>body[1]>div[0]: attribute class value differs:"
            + " expected \"story\" but was \"stories\"");
  }

  @Test
  void findsAnAttributeThatLostItsDeclaredValue() {
    Document declared = parse(PAGE.replace("disabled", "disabled=''"));

    assertThat(DocumentTrees.firstDifference(parse(PAGE), declared))
        .contains("form[2]>input[0]: attribute disabled declared value differs");
  }

  @Test
  void findsAttributesInAnotherOrder() {
    assertThat(DocumentTrees.firstDifference(parse("<p a=1 b=2>"), parse("<p b=2 a=1>")))
        .contains("p[0]: attribute 0 key differs: expected \"a\" but was \"b\"");
  }

  @Test
  void findsAnExtraTextNode() {
    Document extra = parse(PAGE);
    extra.selectFirst("p").appendText("");

    assertThat(DocumentTrees.firstDifference(parse(PAGE), extra))
        .startsWith("at html[1]>body[1]>div[0]>p[0]: child count differs: expected 2 but was 3")
        .endsWith("children [#text, b] against [#text, b, #text]");
  }

  @Test
  void findsADifferentTag() {
    assertThat(DocumentTrees.firstDifference(parse(PAGE), parse(PAGE.replace("<b>two</b>",
        "<i>two</i>"))))
        .isEqualTo("at html[1]>body[1]>div[0]>p[0]>b[1]: tag name differs:"
            + " expected \"b\" but was \"i\"");
  }

  @Test
  void findsAMovedChild() {
    Document moved = parse(PAGE);
    Element second = moved.select("p").get(1);
    moved.selectFirst("p").before(second);

    assertThat(DocumentTrees.firstDifference(parse(PAGE), moved))
        .isEqualTo("at html[1]>body[1]>div[0]>p[0]: child count differs: expected 2 but was 1;"
            + " children [#text, b] against [#text]");
  }

  @Test
  void findsADataNodeWhereATextNodeBelongs() {
    Document data = parse(PAGE);
    TextNode text = (TextNode) data.selectFirst("p").childNode(0);
    text.replaceWith(new DataNode(text.getWholeText()));

    assertThat(DocumentTrees.firstDifference(parse(PAGE), data))
        .isEqualTo("at html[1]>body[1]>div[0]>p[0]>#text[0]: node type differs:"
            + " expected TextNode but was DataNode");
  }

  @Test
  void findsAPlainElementWhereAFormBelongs() {
    Document plain = parse(PAGE);
    Element form = plain.selectFirst("form");
    Element div = new Element("form");
    form.replaceWith(div);
    div.appendChildren(form.childNodes());

    assertThat(DocumentTrees.firstDifference(parse(PAGE), plain))
        .contains("form[2]: node type differs: expected FormElement but was Element");
  }

  @Test
  void findsAFormThatLostItsControls() {
    String page = "<table><form id=f><tr><td><input name=q></td></tr></form></table>";
    Document unlinked = parse(page);
    Element form = unlinked.selectFirst("form");
    FormElement bare = new FormElement(form.tag(), "", form.attributes().clone());
    form.replaceWith(bare);

    assertThat(DocumentTrees.firstDifference(parse(page), unlinked))
        .isEqualTo("at html[0]>body[1]>table[0]>form[0]: form controls differs: expected"
            + " \"[html[0]>body[1]>table[0]>tbody[1]>tr[0]>td[0]>input[0]]\" but was \"[]\"");
  }

  @Test
  void findsANamespaceAndTagOptions() {
    Document html = parse("<svg><path/></svg>");
    Element path = html.selectFirst("path");
    path.replaceWith(new Element("path"));

    assertThat(DocumentTrees.firstDifference(parse("<svg><path/></svg>"), html))
        .contains("svg[0]>path[0]: tag namespace differs:"
            + " expected \"http://www.w3.org/2000/svg\" but was \"http://www.w3.org/1999/xhtml\"");
    assertThat(DocumentTrees.firstDifference(parse("<my-widget/>"), parse("<my-widget>")))
        .contains("my-widget[0]: tag option SeenSelfClose differs: expected true but was false");
  }

  @Test
  void findsDocumentWideDifferences() {
    Document quirks = parse(PAGE);
    quirks.quirksMode(Document.QuirksMode.quirks);
    Document elsewhere = Parser.htmlParser().parseInput(PAGE, "https://example.org/b");
    Document ugly = parse(PAGE);
    ugly.outputSettings().prettyPrint(false);

    assertThat(DocumentTrees.firstDifference(parse(PAGE), quirks))
        .isEqualTo("at (root): quirks mode differs: expected noQuirks but was quirks");
    assertThat(DocumentTrees.firstDifference(parse(PAGE), elsewhere))
        .isEqualTo("at (root): location differs: expected \"https://example.com/a\""
            + " but was \"https://example.org/b\"");
    assertThat(DocumentTrees.firstDifference(parse(PAGE), ugly))
        .isEqualTo("at (root): output pretty print differs: expected true but was false");
  }

  @Test
  void findsAChangedDoctypeCommentAndData() {
    assertThat(DocumentTrees.firstDifference(parse("<!DOCTYPE html><p>"),
        parse("<!DOCTYPE html SYSTEM 'about:legacy-compat'><p>")))
        .isEqualTo("at #doctype[0]: doctype system id differs: expected \"\""
            + " but was \"about:legacy-compat\"");
    assertThat(DocumentTrees.firstDifference(parse("<!-- a --><p>"), parse("<!-- b --><p>")))
        .isEqualTo("at #comment[0]: comment differs: expected \" a \" but was \" b \"");
    assertThat(DocumentTrees.firstDifference(parse("<script>a</script>"),
        parse("<script>b</script>")))
        .isEqualTo("at html[0]>head[0]>script[0]>#data[0]: data differs:"
            + " expected \"a\" but was \"b\"");
  }

  @Test
  void findsAnotherOutputCharset() {
    Document a = parse("<p>x</p>");
    Document b = parse("<p>x</p>");
    b.outputSettings().charset("ISO-8859-1");

    assertThat(DocumentTrees.firstDifference(a, b)).contains("output charset differs");
  }
}

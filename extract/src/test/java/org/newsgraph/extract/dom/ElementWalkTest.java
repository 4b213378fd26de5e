package org.newsgraph.extract.dom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class ElementWalkTest {

  @Test
  void visitsInDocumentOrderAndSkipsWhatItDoesNotEnter() {
    Element body =
        Jsoup.parse("<p>a<b>b</b>c</p><nav>skip <i>me</i></nav><div><!-- x --><span>d</span></div>")
            .body();
    List<String> seen = new ArrayList<>();

    ElementWalk.walk(
        body,
        new ElementWalk.Visitor() {
          @Override
          public boolean enter(Element e) {
            seen.add("<" + e.normalName());
            return !e.normalName().equals("nav");
          }

          @Override
          public void leave(Element e) {
            seen.add(e.normalName() + ">");
          }

          @Override
          public void text(TextNode text) {
            seen.add(text.text());
          }
        });

    assertThat(seen)
        .containsExactly(
            "<body", "<p", "a", "<b", "b", "b>", "c", "p>", "<nav", "<div", "<span", "d", "span>",
            "div>", "body>");
  }

  @Test
  void deepPagesNeedNoRecursion() {
    String deep = "<div>".repeat(5_000) + "end" + "</div>".repeat(5_000);
    Element body = Jsoup.parse(deep).body();
    int[] entered = {0};

    ElementWalk.walk(
        body,
        e -> {
          entered[0]++;
          return true;
        });

    assertThat(entered[0]).isEqualTo(5_001);
  }
}

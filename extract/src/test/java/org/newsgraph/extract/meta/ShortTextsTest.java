package org.newsgraph.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Remembered short texts are what working them out afresh gives, whatever the order of asking. */
class ShortTextsTest {

  private static final String PAGE =
      "<p id=a>By <b>Jane&nbsp;Doe</b>,  reporter</p>"
          + "<p id=b>" + "word ".repeat(30) + "</p>"
          + "<p id=c>&amp;   spaced\n\ttext</p><div id=d><p>one</p><p>two</p></div>";

  private static final List<Integer> MAXES = List.of(5, 60, 10, 150, 20, 400, 3);

  @Test
  void answersAsIfWorkedOutAfresh() {
    Element body = Jsoup.parse(PAGE).body();
    ShortTexts texts = new ShortTexts();
    for (Element e : body.select("[id]")) {
      for (int max : MAXES) {
        assertThat(texts.of(e, max)).as("#%s at most %d", e.id(), max).isEqualTo(afresh(e, max));
      }
    }
  }

  @Test
  void longElementsHaveNoShortText() {
    Element e = Jsoup.parse(PAGE).getElementById("b");

    assertThat(new ShortTexts().of(e, 60)).isNull();
    assertThat(new ShortTexts().of(e, 200)).startsWith("word word");
  }

  /** The definition: cleaned text within {@code max}, none for over twice as much raw text. */
  private static String afresh(Element e, int max) {
    if (rawLength(e) > max * 2) {
      return null;
    }
    String text = Text.clean(e.text());
    return text.length() <= max ? text : null;
  }

  private static int rawLength(Element e) {
    int length = 0;
    for (var node : e.getAllElements()) {
      for (var text : node.textNodes()) {
        length += text.getWholeText().length();
      }
    }
    return length;
  }
}

package org.newsgraph.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Article;
import org.newsgraph.core.Extraction;
import org.newsgraph.core.Page;
import org.newsgraph.extract.NewsArticleExtractor;
import org.newsgraph.testkit.SharedData;

/** The shared seed page reads as its expected reading says (the {@code clean_text} part). */
class SeedPageTest {

  @Test
  void readsTheSeedPageCleanly() throws IOException {
    Path page = SharedData.require("seed/japan-trump-kim-2019.txt");
    String expected = Files.readString(SharedData.require("seed/expected.json"));
    Extraction extraction =
        new NewsArticleExtractor()
            .extract(new Page(page.toString(), null, Files.readAllBytes(page), "text/plain"));

    assertThat(extraction).isInstanceOf(Extraction.Accepted.class);
    Article article = ((Extraction.Accepted) extraction).article();
    String text = article.text();
    assertThat(folded(article.title())).isEqualTo(folded(field(expected, "title")));
    assertThat(article.dateline()).isEqualTo(field(expected, "dateline"));
    String lead = field(expected, "lead_once");
    assertThat(text.indexOf(lead)).isNotNegative().isEqualTo(text.lastIndexOf(lead));
    assertThat(text)
        .contains(field(expected, "must_keep_first"), field(expected, "must_keep_last"));
    assertThat(mustDropLines(expected))
        .hasSize(6)
        .allSatisfy(line -> assertThat(text).doesNotContain(line));
  }

  /** Curly quotes as straight ones, as the reference checker compares titles. */
  private static String folded(String s) {
    return s.replace('\u2018', '\'').replace('\u2019', '\'');
  }

  private static String field(String json, String name) {
    Matcher m =
        Pattern.compile("\"" + name + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
    assertThat(m.find()).as("field %s in expected.json", name).isTrue();
    return m.group(1).replace("\\\"", "\"");
  }

  private static List<String> mustDropLines(String json) {
    Matcher list =
        Pattern.compile("\"must_drop_lines\"\\s*:\\s*\\[(.*?)\\]", Pattern.DOTALL).matcher(json);
    assertThat(list.find()).isTrue();
    List<String> lines = new ArrayList<>();
    Matcher item = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(list.group(1));
    while (item.find()) {
      lines.add(item.group(1).replace("\\\"", "\""));
    }
    return lines;
  }
}

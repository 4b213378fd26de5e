package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Quote;
import org.newsgraph.nlp.entity.NewsEntityResolver;
import org.newsgraph.nlp.quote.CueQuoteAttributor;
import org.newsgraph.nlp.time.RuleTimeTagger;

/** Bad input for reading: each comes back read as far as it can be, with a clear warning where needed. */
class ArticleReaderBadInputTest {

  private static final int LIMIT = 3_000;

  private final ArticleReader reader = new ArticleReader(SharedAnalyzer.get(), new NewsEntityResolver(),
      new RuleTimeTagger(), new CueQuoteAttributor(), (analysis, entities, times, quotes) -> List.of(), LIMIT);

  private static Article article(String text, String language) {
    return new Article("test", null, null, List.of(), "2019-02-18", language, null, null, text, List.of());
  }

  @Test
  void emptyTextHasNoFactsAndSaysSo() {
    AnnotatedArticle read = reader.read(article("  \n\n ", "en"));

    assertThat(read.entities()).isEmpty();
    assertThat(read.quotes()).isEmpty();
    assertThat(read.warnings()).containsExactly("empty text: nothing to read");
  }

  @Test
  void aTextOverTheLimitIsReadUpToAParagraphBreakBeforeIt() {
    String paragraph = "Prime Minister Shinzo Abe said on Friday that talks would resume in Tokyo.\n\n";
    String text = paragraph.repeat(2_000_000 / paragraph.length());

    AnnotatedArticle read = reader.read(article(text, "en"));

    int cut = text.lastIndexOf("\n\n", LIMIT);
    assertThat(read.warnings())
        .containsExactly("text of " + text.length() + " characters is too long: read only the first " + cut);
    assertThat(read.quotes()).isNotEmpty().allSatisfy(q -> assertThat(q.end()).isLessThanOrEqualTo(cut));
    assertThat(read.entities()).isNotEmpty();
  }

  @Test
  void theDefaultLimitCapsTwoMegabyteArticles() {
    assertThat(ArticleReader.MAX_CHARACTERS).isLessThan(2_000_000);
    String sentences = "a".repeat(95) + ". " + "b".repeat(50);
    assertThat(ReadingLimit.cut(sentences, 100)).isEqualTo(96);
    assertThat(ReadingLimit.cut("c".repeat(120), 100)).isEqualTo(100);
    assertThat(ReadingLimit.cut("A\n\nB", 10)).isEqualTo(4);
  }

  @Test
  void anotherLanguageIsNotReadAndSaysWhich() {
    AnnotatedArticle read = reader.read(article(
        "Der Bundeskanzler sagte am Freitag, die Gespräche würden in Berlin fortgesetzt.", "de"));

    assertThat(read.warnings()).containsExactly("language de not supported for reading");
    assertThat(read.entities()).isEmpty();
    assertThat(read.quotes()).isEmpty();
    assertThat(read.times()).isEmpty();
  }

  @Test
  void textWithNoPunctuationIsReadWithoutInventedQuotes() {
    String text = "the minister said the talks would go on next week in Tokyo and officials agreed "
        .repeat(30);

    AnnotatedArticle read = reader.read(article(text, "en"));

    assertThat(read.quotes()).allSatisfy(q -> assertThat(q.kind().name()).isNotEqualTo("DIRECT"));
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void unbalancedQuotationMarksStayInTheirParagraph() {
    String text = "\"We will not give up,\" Mr Chun said.\n\n"
        + "The talks, \"he added, would resume.\n\n"
        + "Officials in Seoul said the talks would resume in June.";

    AnnotatedArticle read = reader.read(article(text, "en"));

    int secondParagraphEnd = text.indexOf("\n\n", text.indexOf("The talks"));
    assertThat(read.quotes()).extracting(Quote::text).contains("We will not give up");
    assertThat(read.quotes()).filteredOn(q -> q.start() > text.indexOf("The talks"))
        .allSatisfy(q -> assertThat(q.end() <= secondParagraphEnd || q.start() > secondParagraphEnd).isTrue());
    assertThat(read.warnings())
        .containsExactly("unbalanced quotation marks: the quotation opened at character "
            + text.indexOf("\"he added") + " is not closed; it is read only to the end of its"
            + " paragraph");
  }

  @Test
  void aQuoteRunningToTheEndOfTheTextEndsThere() {
    String text = "Mr Chun said: \"We will keep talking, and we will not stop until the work is done";

    AnnotatedArticle read = reader.read(article(text, "en"));

    assertThat(read.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).startsWith("We will keep talking");
      assertThat(q.end()).isEqualTo(text.length());
      assertThat(q.speaker()).isNotNull();
    });
    assertThat(read.warnings()).singleElement().asString().startsWith("unbalanced quotation marks");
  }
}

package org.newsgraph.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newsgraph.core.Entity;
import org.newsgraph.nlp.text.TextAnalysis;

/** Whatever the tagger says about whatever words, the resolver neither throws nor misplaces. */
class ResolverPropertyTest {

  private static final List<String> WORDS = List.of(
      "Mr/NNP", "Ms./NNP", "Miss/NNP", "Dr/NNP", "President/NNP", "Minister/NNP", "former/JJ",
      "the/DT", "The/DT", "a/DT", "of/IN", "For/IN", "and/CC", "who/WP", "was/VBD", "served/VBD",
      "as/IN", "said/VBD", "he/PRP", "her/PRP$", "himself/PRP", ",/,", "./.", "-/HYPH", "(/-LRB-",
      ")/-RRB-", "\"/``", "\"/''", "'s/POS", "US/NNP", "U.S/NNP", "Japanese/JJ", "Korea/NNP",
      "North/NNP", "Party/NNP", "Ministry/NNP", "LDP/NNP", "Abe/NNP", "Shinzo/NNP", "Tanaka/NNP",
      "leader/NN", "president/NN", "company/NN", "state/NN", "media/NNS", "ago/RB", "decade/NN",
      "NAIROBI/NNP", "x/NN", "1960/CD");
  private static final List<String> TAGS = List.of("", "", "", "/P", "/O", "/L", "/M");

  @Provide
  Arbitrary<List<String>> sentences() {
    Arbitrary<String> item = Combinators.combine(
            Arbitraries.of(WORDS), Arbitraries.of(TAGS), Arbitraries.of("", "", "", "~"))
        .as((word, tag, attach) -> attach + word + tag);
    Arbitrary<String> sentence = item.list().ofMinSize(1).ofMaxSize(25).map(l -> String.join(" ", l));
    return sentence.list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 300)
  void resolvingNeverThrowsAndEveryFactIsGrounded(@ForAll("sentences") List<String> sentences) {
    TextAnalysis analysis = TaggedText.of(sentences.toArray(String[]::new));

    List<Entity> entities = Resolved.resolver().resolve(analysis);

    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      assertThat(e.id()).isEqualTo("e" + (i + 1));
      assertThat(e.mentions()).isNotEmpty();
      e.mentions().forEach(m -> assertThat(m.isGroundedIn(analysis.text())).isTrue());
      e.roles().forEach(r -> assertThat(r.isGroundedIn(analysis.text())).isTrue());
    }
  }
}

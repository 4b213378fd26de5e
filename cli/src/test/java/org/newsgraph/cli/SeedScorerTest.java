package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedScorerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  private final JsonNode expected;

  SeedScorerTest() throws Exception {
    expected = json("{'published':'2020-05-04',"
        + "'quotes':[{'text':'We will not pay','speaker':'Ada Lovelace'}],"
        + "'people':[{'name':'Ada Lovelace','roles':['chief engineer'],'mentions':['Ms Lovelace']}],"
        + "'times':[{'text':'on Friday','value':'2020-05-01'},{'text':'soon','value':'FUTURE_REF','optional':true}]}");
  }

  @Test
  void quoteMatchesLenientlyOnFormButNeedsTheSpeaker() throws Exception {
    JsonNode result = json("{'entities':[{'id':'e1','type':'PERSON','name':'Ada Lovelace'}],"
        + "'quotes':[{'text':'“We will NOT pay.”','speaker':{'entity':'e1','name':'she'}}]}");
    JsonNode wrongSpeaker = json("{'entities':[],"
        + "'quotes':[{'text':'We will not pay','speaker':{'entity':null,'name':'Charles Babbage'}}]}");

    assertThat(new SeedScorer(expected).score("quotes", result)).extracting(SeedScorer.Check::found).containsExactly(true);
    assertThat(new SeedScorer(expected).score("quotes", wrongSpeaker)).extracting(SeedScorer.Check::found).containsExactly(false);
  }

  @Test
  void personNeedsEveryRoleAndMention() throws Exception {
    JsonNode complete = json("{'entities':[{'id':'e1','type':'PERSON','name':'Ada Lovelace',"
        + "'mentions':[{'text':'Ms Lovelace'}],'roles':[{'text':'the chief engineer'}]}]}");
    JsonNode noMention = json("{'entities':[{'id':'e1','type':'PERSON','name':'Ada Lovelace',"
        + "'mentions':[],'roles':[{'text':'chief engineer'}]}]}");

    assertThat(new SeedScorer(expected).score("people", complete)).extracting(SeedScorer.Check::found).containsExactly(true);
    assertThat(new SeedScorer(expected).score("people", noMention)).extracting(SeedScorer.Check::found).containsExactly(false);
  }

  @Test
  void timesSkipOptionalItemsAndCompareValues() throws Exception {
    JsonNode right = json("{'times':[{'text':'Friday','value':'2020-05-01'}]}");
    JsonNode wrong = json("{'times':[{'text':'Friday','value':'2020-05-08'}]}");

    List<SeedScorer.Check> checks = new SeedScorer(expected).score("times", right);
    assertThat(checks).hasSize(1).extracting(SeedScorer.Check::found).containsExactly(true);
    assertThat(new SeedScorer(expected).score("times", wrong)).extracting(SeedScorer.Check::found).containsExactly(false);
  }

  @Test
  void samePersonIgnoresHonorificsAndMatchesSurnames() {
    assertThat(SeedScorer.samePerson("Mr Abe", "Shinzo Abe")).isTrue();
    assertThat(SeedScorer.samePerson("Kim", "Kim Jong Un")).isTrue();
    assertThat(SeedScorer.samePerson("Donald Trump", "Shinzo Abe")).isFalse();
    assertThat(SeedScorer.samePerson("", "Shinzo Abe")).isFalse();
  }

  @Test
  void unknownPartIsMisuse() {
    assertThatThrownBy(() -> new SeedScorer(expected).score("weather", JSON.createObjectNode()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

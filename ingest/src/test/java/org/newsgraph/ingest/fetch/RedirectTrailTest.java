package org.newsgraph.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedirectTrailTest {

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "http://a.example/news/story | /other          | http://a.example/other",
        "http://a.example/news/story | next            | http://a.example/news/next",
        "http://a.example/news/story | ../up           | http://a.example/up",
        "http://a.example/news/story | ?page=2         | http://a.example/news/story?page=2",
        "http://a.example            | story           | http://a.example/story",
        "http://a.example/x          | //b.example/y   | http://b.example/y",
        "http://a.example/x          | https://b.example/y#top | https://b.example/y",
        "http://a.example/x          | /caf\u00e9 page | http://a.example/caf%C3%A9%20page",
      })
  void resolvesLocationAsBrowsersDo(String from, String location, String expected)
      throws FetchProblem {
    RedirectTrail trail = new RedirectTrail(URI.create(from), 5);

    assertThat(trail.next(URI.create(from), location)).isEqualTo(URI.create(expected));
  }

  @Test
  void detectsLoopThroughEquivalentAddress() throws FetchProblem {
    URI start = URI.create("http://a.example/start");
    RedirectTrail trail = new RedirectTrail(start, 5);
    URI middle = trail.next(start, "/middle");

    assertThatThrownBy(() -> trail.next(middle, "HTTP://A.EXAMPLE:80/start"))
        .isInstanceOf(FetchProblem.class)
        .hasMessage("redirect loop at HTTP://A.EXAMPLE:80/start");
  }

  @Test
  void allowsUpToTheLimit() throws FetchProblem {
    URI current = URI.create("http://a.example/0");
    RedirectTrail trail = new RedirectTrail(current, 2);
    current = trail.next(current, "/1");
    URI last = trail.next(current, "/2");

    assertThatThrownBy(() -> trail.next(last, "/3")).hasMessage("too many redirects (2)");
  }
}

package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageCollectorTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com/static/Logo.png",
        "/img/spacer.gif",
        "https://secure.GRAVATAR.com/avatar/ab12",
        "/ads/banner-300x250.jpg",
        "https://ad.doubleclick.net/x.gif",
        "/icons/share.svg",
        "https://feeds.feedburner.com/~r/x.gif",
        "/theme/lo\ngo.png",
        "/theme/\tspacer.gif"
      })
  void tellsDecorationByTheWordsOfItsAddress(String src) {
    assertThat(ImageCollector.isDecoration(src)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com/2019/02/kim-trump-summit.jpg",
        "/uploads/abe-tokyo-press.jpeg",
        "/downloads/report.png",
        "/photos/loading-dock.jpg"
      })
  void keepsPicturesOfTheStory(String src) {
    assertThat(ImageCollector.isDecoration(src)).isFalse();
  }
}

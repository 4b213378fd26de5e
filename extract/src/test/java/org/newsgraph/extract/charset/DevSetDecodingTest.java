package org.newsgraph.extract.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.testkit.SharedData;

/** Decodes every page of the extraction developer set and looks for signs of a wrong charset. */
class DevSetDecodingTest {

  /** UTF-8 read as windows-1252: a lead byte's letter before a continuation byte's symbol. */
  private static final Pattern MOJIBAKE =
      Pattern.compile("[ÂÃâ][\u0080-\u00bf€‚„…†‡‰‹›‘’“”•–—™]");

  private final PageDecoder decoder = new PageDecoder();

  @Test
  void noPageDecodesToMojibakeOrReplacementCharacters() throws IOException {
    Path html = SharedData.require("data/extraction-dev/html");
    List<String> problems = new ArrayList<>();
    try (Stream<Path> pages = Files.list(html)) {
      for (Path page : pages.sorted().toList()) {
        byte[] bytes = Files.readAllBytes(page);
        String text = decoder.decode(bytes, null).text();
        if (replacements(text) > encodedReplacements(bytes)) {
          problems.add(page.getFileName() + ": replacement characters");
        }
        if (mojibake(text) > mojibake(new String(bytes, StandardCharsets.UTF_8))) {
          problems.add(page.getFileName() + ": mojibake");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** How often {@code text} shows mojibake; some pages carry it in their own UTF-8 bytes. */
  private static long mojibake(String text) {
    return MOJIBAKE.matcher(text).results().count();
  }

  private static long replacements(String text) {
    return text.chars().filter(c -> c == '\ufffd').count();
  }

  /** How often the page's bytes spell U+FFFD in UTF-8 themselves. */
  private static long encodedReplacements(byte[] bytes) {
    long count = 0;
    for (int i = 0; i + 2 < bytes.length; i++) {
      if (bytes[i] == (byte) 0xEF && bytes[i + 1] == (byte) 0xBF && bytes[i + 2] == (byte) 0xBD) {
        count++;
      }
    }
    return count;
  }
}

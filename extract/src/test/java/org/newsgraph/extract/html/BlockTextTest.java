package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spacing, invisible characters and word counts of the text of a block. */
class BlockTextTest {

  @Test
  void spacingBeyondAsciiIsJavasWhitespaceAndSpaceCharacters() {
    for (char c = 128; c < Character.MAX_VALUE; c++) {
      boolean java = Character.isWhitespace(c) || Character.isSpaceChar(c);
      assertThat(BlockText.isSpace(c)).as("U+%04X", (int) c).isEqualTo(java);
    }
  }

  @Test
  void normalisesSpacingAndCountsWords() {
    BlockText text = new BlockText();
    int visible = text.append("  Tokyo,\u00a0\u3000Japan\u200b\n\t(AP)\u2003 ");
    assertThat(text.text()).isEqualTo("Tokyo, Japan (AP)");
    assertThat(visible).isEqualTo(15);
    assertThat(text.words()).isEqualTo(3);
  }
}

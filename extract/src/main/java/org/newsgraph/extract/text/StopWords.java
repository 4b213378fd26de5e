package org.newsgraph.extract.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The most frequent function words of the languages news is most often scraped in (English, German,
 * French, Spanish, Italian, Portuguese, Dutch, Russian). Running prose is dense in them; menus,
 * headlines, captions and link lists are not. One set serves every language: a word common in one
 * of them is rare as a content word in the others.
 */
final class StopWords {

  /** English. */
  private static final String ENGLISH =
      "a about after against all also am an and any are as at be because been before"
          + " being between both but by can could did do does down during each even few for"
          + " from had has have he her here him his how i if in into is it its just may me"
          + " might more most much must my no nor not now of off on once one only or other"
          + " our out over own said same says she should since so some still such than that"
          + " the their them then there these they this those though through to too under"
          + " until up us very was we were what when where whether which while who whom why"
          + " will with would yet you your";

  /** German. */
  private static final String GERMAN =
      "aber auch auf aus bei bis das dass dem den der des die durch ein eine einem"
          + " einen einer er es für hat haben ich ihr ihre im ist kann mit nach nicht noch"
          + " nur oder sein seine sich sie sind über und vom von vor war wie wir wird wurde"
          + " zu zum zur";

  /** French (elided forms split at the apostrophe: l', d', qu'). */
  private static final String FRENCH =
      "au aux avec ce cette d dans de du elle est et il ils l la le les leur mais ne"
          + " nous ou par pas plus pour qu que qui sa se ses son sont sur un une été être à";

  /** Spanish, Italian, Portuguese. */
  private static final String ROMANCE =
      "al como con da del della dos el em en entre era fue gli ha il los las lo más"
          + " na no non o os para pero per por se su sus y è é não uma una um";

  /** Dutch. */
  private static final String DUTCH =
      "een het van op te dat niet met zijn voor aan ook als door maar om werd wordt";

  /** Russian. */
  private static final String RUSSIAN =
      "и в не на что он с как а то она его но к у же за по от из о это для был была" + " были";

  private static final Set<String> WORDS =
      Set.copyOf(
          Arrays.asList(
              String.join(" ", ENGLISH, GERMAN, FRENCH, ROMANCE, DUTCH, RUSSIAN).split(" ")));

  /** The length of the longest function word: longer words need no lookup. */
  static final int LONGEST = 7;

  private StopWords() {}

  /** Whether {@code word} is a function word; case does not matter. */
  static boolean contains(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}

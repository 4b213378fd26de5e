package org.newsgraph.nlp.quote;

import java.util.Locale;
import java.util.Set;

/**
 * Noun phrases read from parts of speech and name tags: a run of determiners, adjectives, numbers
 * and nouns ending in a noun or a name ("the White House", "North Korean state media"), a lone
 * personal pronoun, or a quantifier standing for people ("some", "many", "the one"). Runs stop
 * at quotation marks and at clause-unit boundaries.
 */
final class NounPhrases {

  /** Longest noun phrase taken, in tokens. */
  static final int MAX_LENGTH = 12;

  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "i", "we", "you");
  private static final Set<String> QUANTIFIERS =
      Set.of("some", "many", "most", "several", "few", "both", "one", "another", "half", "all", "none");
  private static final Set<String> RELATIVES = Set.of("who", "which", "that");
  private static final Set<String> HONORIFICS =
      Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.",
          "sen.", "sen", "rep.", "rep", "gov.", "gov", "sir", "dame", "lord", "lady");
  private static final Set<String> TIME_WORDS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "today", "yesterday", "tonight", "tomorrow", "morning", "afternoon", "evening", "night",
          "week", "month", "year", "weekend", "january", "february", "march", "april", "may",
          "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
          "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "earlier",
          "later", "time", "day");

  private final TokenView view;

  NounPhrases(TokenView view) {
    this.view = view;
  }

  /** Whether the token is a personal pronoun that can name a speaker. */
  boolean isPronoun(int i) {
    return view.pos(i).equals("PRP") && PRONOUNS.contains(lower(view.word(i)));
  }

  /** Whether the token is a relative pronoun that opens a clause about the phrase before it. */
  boolean isRelative(int i) {
    String pos = view.pos(i);
    return RELATIVES.contains(lower(view.word(i))) && (pos.startsWith("W") || pos.equals("IN"));
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  static boolean isNoun(String pos) {
    return pos.startsWith("NN");
  }

  /** Whether the token belongs to the name of a person or organisation, whatever its tag. */
  private boolean isName(int i) {
    String tag = view.token(i).nameTag();
    return tag.equals("PERSON") || tag.equals("ORGANIZATION");
  }

  private boolean isModifier(int i) {
    String pos = view.pos(i);
    if (view.isDash(i)) {
      return false;
    }
    return isNoun(pos) || isName(i) || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("POS")
        || pos.equals("HYPH") || pos.equals("PRP$") || pos.equals("DT")
        || (pos.equals("VBN") || pos.equals("VBG")) && view.pos(i - 1).equals("HYPH");
  }

  /** The start of a share of people such as "four in 10" or "two out of three" ending at {@code last}, or -1. */
  private int shareStart(int last) {
    if (last < 2 || !view.pos(last).equals("CD") || !Set.of("in", "of").contains(lower(view.word(last - 1)))) {
      return -1;
    }
    int start = lower(view.word(last - 2)).equals("out") ? last - 3 : last - 2;
    return start >= 0 && view.pos(start).equals("CD") && usable(start, view.unit(last)) ? start : -1;
  }

  /** Whether a determiner at {@code right} opens a new phrase after a noun ("her office the building"). */
  private boolean opensPhrase(int left, int right) {
    String pos = view.pos(right);
    return (pos.equals("DT") || pos.equals("PRP$")) && isNoun(view.pos(left));
  }

  /** Whether a person's name starts at {@code right} after another kind of name ("the Post Trump"). */
  private boolean isNameBoundary(int left, int right) {
    String l = view.token(left).nameTag();
    String r = view.token(right).nameTag();
    return r.equals("PERSON") && !l.equals("O") && !l.equals("PERSON");
  }

  /**
   * Whether "of" at {@code i} joins a noun to a name ("Secretary of State", "Mr. Morgan of the
   * Sierra Club", "director of the Institute").
   */
  private boolean isNameOf(int i) {
    if (!view.word(i).equals("of") || !isNoun(view.pos(i - 1))) {
      return false;
    }
    int next = view.pos(i + 1).equals("DT") || view.pos(i + 1).startsWith("JJ") ? i + 2 : i + 1;
    return view.pos(next).startsWith("NN");
  }

  private boolean usable(int i, int unit) {
    return i >= 0 && i < view.size() && view.unit(i) == unit && !view.quoted(i);
  }

  /**
   * The noun phrase that ends just before {@code end}, as {@code [start, end)}, or {@code null}
   * when the token before {@code end} ends none.
   */
  int[] endingAt(int end) {
    int last = end - 1;
    if (last < 0 || view.quoted(last)) {
      return null;
    }
    if (isPronoun(last)) {
      return new int[] {last, end};
    }
    int share = shareStart(last);
    if (share >= 0) {
      return new int[] {share, end};
    }
    if (QUANTIFIERS.contains(lower(view.word(last))) && !isNoun(view.pos(last))) {
      return new int[] {view.pos(last - 1).equals("DT") && usable(last - 1, view.unit(last)) ? last - 1 : last, end};
    }
    if (!isNoun(view.pos(last)) && !isName(last)) {
      return null;
    }
    int unit = view.unit(last);
    int start = last;
    while (start - 1 >= 0 && end - (start - 1) <= MAX_LENGTH && usable(start - 1, unit)
        && (isModifier(start - 1) || isNameOf(start - 1)) && !isNameBoundary(start - 1, start)
        && !opensPhrase(start - 1, start)) {
      start--;
    }
    return new int[] {start, end};
  }

  /**
   * The noun phrase that starts at {@code start}, as {@code [start, end)}, or {@code null} when
   * none does or it names a time ("Monday") rather than someone.
   */
  int[] startingAt(int start) {
    if (start >= view.size() || view.quoted(start)) {
      return null;
    }
    if (isPronoun(start)) {
      return new int[] {start, start + 1};
    }
    int unit = view.unit(start);
    int end = start;
    int lastNoun = -1;
    while (end < view.size() && end - start < MAX_LENGTH && usable(end, unit)
        && (isModifier(end) || isNameOf(end)) && !(end > start && opensPhrase(end - 1, end))) {
      if (isNoun(view.pos(end)) || isName(end)) {
        lastNoun = end;
      }
      end++;
    }
    if (lastNoun < 0 || TIME_WORDS.contains(lower(view.word(lastNoun)))) {
      return null;
    }
    return new int[] {start, lastNoun + 1};
  }

  /**
   * The part of a noun phrase that names its head: the person's name with a title before it
   * when the phrase ends with one ("Mr Chun", "Chun Yungwoo" in "former negotiator Chun
   * Yungwoo", "Michael Pompeo" in "Secretary of State Michael Pompeo"), else the part before "of"
   * ("Mr. Morgan" in "Mr. Morgan of the Sierra Club"), narrowed the same way.
   */
  int[] head(int[] np) {
    if (view.token(np[1] - 1).nameTag().equals("PERSON")) {
      return personName(np);
    }
    for (int i = np[0] + 1; i < np[1] - 1; i++) {
      if (view.word(i).equals("of") && isNoun(view.pos(i - 1))) {
        return head(new int[] {np[0], i});
      }
    }
    return view.token(np[1] - 1).nameTag().equals("PERSON") ? personName(np) : np;
  }

  /** The person's name that ends the phrase, with a courtesy title before it. */
  private int[] personName(int[] np) {
    int last = np[1] - 1;
    int start = last;
    while (start - 1 >= np[0] && view.token(start - 1).nameTag().equals("PERSON")) {
      start--;
    }
    if (start - 1 >= np[0] && isHonorific(view.word(start - 1))) {
      start--;
    }
    return new int[] {start, np[1]};
  }

  /** Whether the word names a day, month or other time rather than someone. */
  static boolean isTimeWord(String word) {
    return TIME_WORDS.contains(lower(word));
  }

  /** Whether the word is a courtesy title such as "Mr" or "Ms". */
  static boolean isHonorific(String word) {
    return HONORIFICS.contains(lower(word));
  }
}

package org.newsgraph.nlp.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the cues of a text outside its quotations: verbs of saying and thinking with their
 * subject (to the left, or after the verb when inverted: "said Rui Matsukawa"), their addressee
 * when it belongs to the cue ("told parliament"), and the clause they report ("said that ...",
 * "..., he said", "..., according to X"). Works on parts of speech in linear passes.
 */
final class CueFinder {

  private static final Set<String> BE_FORMS =
      Set.of("be", "is", "are", "was", "were", "been", "being", "'s", "’s", "'re", "’re");
  private static final Set<String> AUXILIARIES =
      Set.of("have", "has", "had", "'ve", "’ve", "do", "does", "did", "will", "would", "could",
          "can", "may", "might", "should", "must", "shall", "'ll", "’ll", "'d", "’d", "not", "n't",
          "n’t", "never", "also", "later", "then", "again", "once", "previously", "recently",
          "repeatedly", "often", "still", "even", "just", "first", "reportedly", "publicly",
          "privately", "further");
  private static final Set<String> WH_WORDS =
      Set.of("whether", "if", "how", "why", "what", "when", "where");
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me");
  private static final Set<String> CUE_PREPOSITIONS = Set.of("for", "on", "about", "against");
  private static final Set<String> SUBJECT_PREPOSITIONS = Set.of("of", "for", "from", "in", "at", "with", "on");
  private static final Set<String> CONTRACTIONS =
      Set.of("'s", "’s", "'re", "’re", "'m", "’m", "'ll", "’ll", "'d", "’d", "'ve", "’ve");
  private static final Set<String> TIME_MODIFIERS = Set.of("this", "last", "next", "early", "late", "earlier");
  private static final int MAX_ADVERBIAL = 12;
  private static final int MAX_SUBJECT = 25;
  private static final int MAX_HEADLINE = 30;
  private static final Set<String> SUBORDINATORS =
      Set.of("though", "although", "while", "whereas", "as", "after", "before", "because", "since", "when",
          "if", "unless", "once", "despite");
  private static final Set<String> NOT_SOURCES =
      Set.of("update", "updates", "note", "related", "watch", "photo", "photos", "video", "source", "sources",
          "correction", "editor", "more", "live", "breaking", "exclusive", "opinion", "analysis", "review");
  private static final Set<String> PAIRED_CONJUNCTIONS = Set.of("neither", "either", "both");
  private static final Set<String> DEMONSTRATIVES = Set.of("that", "this", "these", "those");

  private final CueLexicon lexicon;

  CueFinder(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The cues of the text, in order. */
  List<CuePhrase> find(TokenView view) {
    Scan scan = new Scan(view);
    Set<String> labels = scan.repeatedLabels();
    List<CuePhrase> cues = new ArrayList<>();
    for (int i = 0; i < view.size(); i++) {
      if (view.quoted(i)) {
        continue;
      }
      CuePhrase cue;
      if (view.word(i).equalsIgnoreCase("according") && view.word(i + 1).equals("to")) {
        cue = scan.according(i);
      } else if (i == 0 || view.paragraph(i - 1) != view.paragraph(i)) {
        cue = scan.speakerLabel(i, labels);
        if (cue == null) {
          cue = scan.verb(i);
        }
      } else {
        cue = scan.verb(i);
      }
      if (cue == null) {
        cue = scan.noun(i);
      }
      if (cue != null) {
        cues.add(cue);
      }
    }
    List<CuePhrase> out = new ArrayList<>(cues.size());
    for (int c = 0; c < cues.size(); c++) {
      out.add(scan.closeContent(cues.get(c), c + 1 < cues.size() ? cues.get(c + 1) : null));
    }
    return out;
  }

  /** The per-text state of one search. */
  private final class Scan {

    private final TokenView view;
    private final NounPhrases phrases;

    Scan(TokenView view) {
      this.view = view;
      this.phrases = new NounPhrases(view);
    }

    /**
     * A paragraph opened by a speaker's label, as in transcripts ("WALLACE: ...", "Pat Caddell:
     * ..."): a name of up to three words and a colon; the rest of the paragraph is the content.
     * The name must be tagged a person or organisation, or open several paragraphs.
     */
    CuePhrase speakerLabel(int i, Set<String> repeated) {
      int end = i;
      while (end < view.size() && view.paragraph(end) == view.paragraph(i)) {
        end++;
      }
      int colon = labelColon(i);
      if (colon < 0) {
        colon = headlineColon(i, end);
      } else {
        String tag = view.token(colon - 1).nameTag();
        if (!tag.equals("PERSON") && !tag.equals("ORGANIZATION") && !repeated.contains(view.span(i, colon))) {
          colon = headlineColon(i, end);
        }
      }
      if (colon < 0) {
        return null;
      }
      int contentEnd = end;
      while (contentEnd > colon + 1 && isTrailingPunctuation(contentEnd - 1)) {
        contentEnd--;
      }
      if (contentEnd - colon - 1 < 2) {
        return null;
      }
      return new CuePhrase(colon, colon + 1, colon, CueClass.SPEECH, i, colon, colon + 1, contentEnd);
    }

    /** The colon after a label of one to three proper nouns or capitalised words at {@code i}, or -1. */
    private int labelColon(int i) {
      int j = i;
      while (j < view.size() && j - i < 3 && (view.token(j).isProperNoun() || isCapitalised(view.word(j)))
          && !view.quoted(j)) {
        j++;
      }
      return j > i && view.word(j).equals(":") && view.paragraph(j) == view.paragraph(i) ? j : -1;
    }

    /**
     * The colon of a headline that names its source ("Poll: Voters Turn to ...", "City council:
     * ..."): a one-sentence paragraph of at most {@value #MAX_HEADLINE} tokens that opens with a
     * capitalised noun phrase of up to five words and a colon; -1 otherwise.
     */
    private int headlineColon(int i, int paragraphEnd) {
      if (paragraphEnd - i > MAX_HEADLINE || view.unitEnd(i) < paragraphEnd - 1
          || !Character.isUpperCase(view.word(i).charAt(0))) {
        return -1;
      }
      int[] np = phrases.startingAt(i);
      if (np == null || np[1] - i > 5 || !view.word(np[1]).equals(":") || NOT_SOURCES.contains(lower(view.word(np[1] - 1)))) {
        return -1;
      }
      return np[1];
    }

    private boolean isCapitalised(String word) {
      return word.length() > 1 && word.chars().allMatch(Character::isUpperCase);
    }

    /** Labels that open more than one paragraph. */
    Set<String> repeatedLabels() {
      Map<String, Integer> counts = new HashMap<>();
      for (int i = 0; i < view.size(); i++) {
        if (i == 0 || view.paragraph(i - 1) != view.paragraph(i)) {
          int colon = labelColon(i);
          if (colon > 0) {
            counts.merge(view.span(i, colon), 1, Integer::sum);
          }
        }
      }
      Set<String> out = new HashSet<>();
      counts.forEach((label, n) -> {
        if (n > 1) {
          out.add(label);
        }
      });
      return out;
    }

    CuePhrase according(int i) {
      int[] source = phrases.startingAt(i + 2);
      if (source == null) {
        return null;
      }
      int start = clauseStart(i, true);
      int unitEnd = contentEnd(i, view.unitEnd(i));
      int contentStart = -1;
      int contentEnd = -1;
      if (i > start && isSeparator(i - 1)) {
        contentStart = clauseStart(i - 1, true);
        contentEnd = i - 1;
      } else if (i == start) {
        int comma = commaAfter(source[1], unitEnd);
        contentStart = comma + 1;
        contentEnd = comma < 0 ? -1 : unitEnd;
      }
      if (contentEnd - contentStart < 2 || containsQuote(contentStart, contentEnd)) {
        contentStart = -1;
        contentEnd = -1;
      }
      return new CuePhrase(i, i + 2, i, CueClass.ACCORDING, source[0], source[1], contentStart, contentEnd);
    }

    /** Whether a past participle after "and" continues a past-tense verb ("called it X and called for Y"). */
    private boolean coordinatedWithPast(int v) {
      if (!view.pos(v - 1).equals("CC")) {
        return false;
      }
      int main = finiteVerbBefore(v - 1, view.unitStart(v));
      return main >= 0 && view.pos(main).equals("VBD");
    }

    /** The first comma outside quotations from {@code i} on, within a sentence's opening, or -1. */
    private int commaAfter(int i, int unitEnd) {
      for (int j = i; j < Math.min(unitEnd, i + MAX_SUBJECT); j++) {
        if (view.word(j).equals(",") && !view.quoted(j)) {
          return j;
        }
      }
      return -1;
    }

    /**
     * A noun of saying or thinking with a possessive source and its content ("the mayor's claim
     * that ...", "his call for ..."). The content runs to the end of the clause, or, when the
     * noun phrase is the subject of its clause, to the clause's second verb.
     */
    CuePhrase noun(int n) {
      Set<String> complements = NounPhrases.isNoun(view.pos(n)) ? lexicon.nounComplements(view.lemma(n)) : null;
      String next = lower(view.word(n + 1));
      if (complements == null || !complements.contains(next) || view.quoted(n + 1)
          || next.equals("that") && isFinite(n + 2)) {
        return null;
      }
      int[] source = possessor(n);
      int unitEnd = view.unitEnd(n);
      int start = n + 2;
      if (source == null || start >= unitEnd || view.quoted(start)) {
        return null;
      }
      int end = contentEnd(start, unitEnd);
      if (source[0] == clauseStart(source[0], false)) {
        int verbs = 0;
        for (int k = start; k < end; k++) {
          if (isFinite(k) && !view.quoted(k) && ++verbs == 2) {
            end = k;
          }
        }
      }
      int cueEnd = next.equals("that") ? n + 1 : n + 2;
      return new CuePhrase(n, cueEnd, n, CueClass.STANCE, source[0], source[1], start, end);
    }

    /** The possessor of the noun at {@code n}: "the mayor" in "the mayor's claim", "his" in "his view". */
    private int[] possessor(int n) {
      int j = n - 1;
      while (j >= view.unitStart(n) && view.pos(j).startsWith("JJ")) {
        j--;
      }
      if (j < view.unitStart(n) || view.quoted(j)) {
        return null;
      }
      if (view.pos(j).equals("PRP$")) {
        return new int[] {j, j + 1};
      }
      return view.pos(j).equals("POS") ? phrases.endingAt(j) : null;
    }

    CuePhrase verb(int v) {
      String pos = view.pos(v);
      String lemma = view.lemma(v);
      if (isOpeningSaid(v)) {
        pos = "VBD";
        lemma = "say";
      } else if (!pos.startsWith("VB")) {
        return null;
      }
      CueClass kind = lexicon.classOf(lemma);
      if (pos.equals("VBN") && (coordinatedWithPast(v) || afterSubject(v))) {
        pos = "VBD";
      }
      if (kind == null || isInfinitive(v) || isPassive(v) || pos.equals("VBN") && !afterHave(v)) {
        return null;
      }
      boolean anyComplement = lexicon.takesAnyComplement(lemma);
      int end = v + 1;
      if (view.pos(end).equals("RP")
          || anyComplement && CUE_PREPOSITIONS.contains(lower(view.word(end)))
          || lower(view.word(end)).equals(lexicon.preposition(lemma))) {
        end++;
      }
      if (lexicon.takesObject(lemma)) {
        int[] object = phrases.startingAt(end);
        if (OBJECT_PRONOUNS.contains(lower(view.word(end)))) {
          end++;
        } else if (object != null && !phrases.isPronoun(object[0]) && !isFinite(skipAdverbs(object[1]))) {
          end = object[1];
        }
      }
      int[] source = subjectOf(v, 0);
      int[] content = source == null ? null : content(v, end, kind, anyComplement, source);
      if (content != null && content[1] - content[0] < 2) {
        content = null;
      }
      return new CuePhrase(v, end, v, kind, source == null ? -1 : source[0], source == null ? -1 : source[1],
          content == null ? -1 : content[0], content == null ? -1 : content[1]);
    }

    /**
     * The cue with its content ended where the next cue's clause begins ("said A, though she
     * noted B"; "said A and most voters said B"; "who said A, said B") or a quotation of whole
     * sentences begins, and dropped when it then opens with a quotation, which is attributed on
     * its own.
     */
    CuePhrase closeContent(CuePhrase cue, CuePhrase next) {
      if (!cue.hasContent()) {
        return cue;
      }
      int end = cue.contentEnd();
      if (next != null && next.verb() > cue.contentStart() && next.verb() < end) {
        int cut = next.hasSource() && next.sourceStart() > cue.contentStart() ? next.phraseStart() : next.start();
        int j = cut - 1;
        while (j > cue.contentStart() && (view.pos(j).equals("CC") || view.pos(j).equals("IN")
            || view.pos(j).startsWith("RB"))) {
          j--;
        }
        if (j > cue.contentStart() && (view.word(j).equals(",") || view.word(j).equals(";"))) {
          end = j;
        } else if (j + 1 < cut && view.pos(j + 1).equals("CC")) {
          end = j + 1;
        }
      }
      end = beforeWholeQuotation(cue.contentStart(), end);
      while (end > cue.contentStart() && isTrailingPunctuation(end - 1)) {
        end--;
      }
      if (end - cue.contentStart() < 2 || view.quoted(cue.contentStart())) {
        return new CuePhrase(cue.start(), cue.end(), cue.verb(), cue.kind(), cue.sourceStart(), cue.sourceEnd(), -1, -1);
      }
      return new CuePhrase(cue.start(), cue.end(), cue.verb(), cue.kind(), cue.sourceStart(), cue.sourceEnd(),
          cue.contentStart(), end);
    }

    /**
     * Where a reported clause {@code [start, end)} stops before a quotation of whole sentences
     * that follows it after a comma or colon, which is attributed on its own; quoted fragments
     * inside the clause stay in it.
     */
    private int beforeWholeQuotation(int start, int end) {
      for (int j = start + 1; j < end; j++) {
        if (view.quoted(j) && !view.quoted(j - 1)) {
          QuotedSpan q = view.quotes.get(view.quoteOf(j));
          String before = view.word(j - 1);
          boolean capital = q.contentStart() < q.contentEnd()
              && Character.isUpperCase(view.text.charAt(q.contentStart()));
          if (capital && (before.equals(",") || before.equals(":"))) {
            return j;
          }
        }
      }
      return end;
    }

    /**
     * What the cue at {@code v} reports: the clause after it, else (for verbs whose complement
     * counts) whatever follows it, else the clause before it when the cue closes its sentence
     * ("..., he said.").
     */
    private int[] content(int v, int end, CueClass kind, boolean anyComplement, int[] source) {
      int unitEnd = view.unitEnd(v);
      boolean adjacent = source[1] == v || source[0] == end;
      if (adjacent && followsQuotation(Math.min(v, source[0]))) {
        return null;
      }
      boolean complementAfter = source[0] < v || source[0] > end && view.pos(v).equals("VBG");
      if (kind != CueClass.LABEL && kind != CueClass.STANCE && complementAfter) {
        int clause = clauseAfter(end, unitEnd);
        if (clause < 0) {
          clause = objectAndInfinitive(skipAdverbs(end));
        }
        if (clause < 0) {
          clause = thatAfterAdverbial(end, unitEnd);
        }
        if (clause >= 0) {
          return new int[] {clause, contentEnd(clause, unitEnd)};
        }
      }
      if ((anyComplement || kind == CueClass.SPEECH) && complementAfter) {
        int j = skipAdverbs(end);
        if (j < unitEnd && !view.quoted(j) && startsComplement(j) 
            && (anyComplement || phrases.startingAt(j) != null || end > v + 1 && view.pos(j).equals("TO"))) {
          return new int[] {j, contentEnd(j, unitEnd)};
        }
      }
      if (kind == CueClass.SPEECH || kind == CueClass.THOUGHT) {
        int first = Math.min(v, source[0]);
        int last = Math.max(end, source[1]);
        if (first > view.unitStart(v) && isSeparator(first - 1) && endsClause(last, unitEnd)) {
          int before = clauseStart(first - 1, true);
          int after = clauseAfterAside(last, unitEnd);
          if (after >= 0 && !hasFiniteVerb(before, first - 1)) {
            return new int[] {after, contentEnd(after, unitEnd)};
          }
          return new int[] {before, first - 1};
        }
      }
      return null;
    }

    /** Whether a quotation closes just before {@code i}, with a comma or dash between. */
    private boolean followsQuotation(int i) {
      int start = view.unitStart(i);
      int j = i - 1;
      if (j >= start && (view.word(j).equals(",") || isDash(j)) && !view.quoted(j)) {
        j--;
      }
      return j >= start && closesQuote(j);
    }

    /** Whether a verb's complement can start at {@code j}: a phrase, not punctuation or a time. */
    private boolean startsComplement(int j) {
      String pos = view.pos(j);
      int time = skipTime(j);
      if (NounPhrases.isTimeWord(view.word(j)) || time > j && NounPhrases.isTimeWord(view.word(time - 1))
          && (time >= view.unitEnd(j) || isTrailingPunctuation(time))) {
        return false;
      }
      return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("PRP")
          || pos.equals("PRP$") || pos.equals("CD") || pos.equals("TO") || pos.equals("VBG")
          || pos.startsWith("W") || pos.equals("PDT");
    }

    /** Whether the token is a sentence-initial "Said" ("Said Ellis: ...") tagged as a name. */
    private boolean isOpeningSaid(int v) {
      return v == view.unitStart(v) && (view.word(v).equals("Said") || view.word(v).equals("Says"));
    }

    /** The subject of the verb at {@code v}, or {@code null}. */
    int[] subjectOf(int v, int depth) {
      int unitStart = view.unitStart(v);
      boolean progressive = isProgressive(v);
      int i = v - 1;
      while (i >= unitStart && !view.quoted(i)
          && (isAuxiliaryOrAdverb(i) || progressive && BE_FORMS.contains(lower(view.word(i)))
              || isTimeBefore(i, unitStart))) {
        i--;
      }
      if (i > unitStart && i < v - 1 && view.pos(i).equals("IN") && !view.quoted(i)) {
        i--;
        if (view.pos(i).equals("VBN") && i > unitStart) {
          i--;
        }
      }
      if (i >= unitStart && view.word(i).equals(")")) {
        int open = i - 1;
        while (open > unitStart && !view.word(open).equals("(")) {
          open--;
        }
        if (view.word(open).equals("(")) {
          i = open - 1;
        }
      }
      if (i >= unitStart && view.pos(i).equals("CC") && depth < 3) {
        int main = finiteVerbBefore(i, unitStart);
        return main >= 0 ? subjectOf(main, depth + 1) : null;
      }
      boolean participle = view.pos(v).equals("VBG") && !progressive || view.pos(v).equals("VBN") && !afterHave(v);
      if (participle && depth < 3 && (i < unitStart || view.pos(i).equals("IN"))) {
        int main = i < unitStart ? -1 : finiteVerbBefore(i, unitStart);
        return main >= 0 ? subjectOf(main, depth + 1) : subjectAfter(v);
      }
      if (i < unitStart || closesQuote(i) || view.word(i).equals(",") && closesQuote(i - 1)) {
        return inverted(v);
      }
      if (phrases.isRelative(i)) {
        int j = view.word(i - 1).equals(",") ? i - 1 : i;
        return phrases.endingAt(j) != null ? new int[] {i, i + 1} : null;
      }
      if (isOpeningSaid(v)) {
        return inverted(v);
      }
      int[] np = phrases.endingAt(i + 1);
      if (np == null && view.pos(i).equals("VBN") && !view.quoted(i)) {
        np = phrases.endingAt(i);
      }
      if (np != null) {
        int governor = verbBefore(np[0] - 1, unitStart);
        if (participle && governor >= 0 && depth < 3 && !phrases.isPronoun(np[0])) {
          int[] outer = subjectOf(governor, depth + 1);
          return outer != null ? outer : np;
        }
        return np;
      }
      if (isSeparator(i)) {
        if (participle && depth < 3) {
          int main = finiteVerbBefore(i, unitStart);
          if (main >= 0) {
            return subjectOf(main, depth + 1);
          }
        }
        int[] appositive = apposition(clauseStart(i, false), i);
        return appositive != null ? appositive : inverted(v);
      }
      return null;
    }

    /**
     * The subject of the main clause after an opening participle ("In rejecting the appeal, the
     * court said"; "Conceding that ..., he warned"): the first noun phrase after a comma that a
     * finite verb follows.
     */
    private int[] subjectAfter(int v) {
      int limit = Math.min(view.unitEnd(v), v + MAX_SUBJECT * 2);
      for (int j = v + 1; j < limit; j++) {
        if (view.word(j).equals(",") && !view.quoted(j)) {
          int[] np = phrases.startingAt(j + 1);
          if (np != null && isFinite(skipAdverbs(np[1]))) {
            return np;
          }
        }
      }
      return null;
    }

    /** The noun phrase right after an inverted cue ("said Rui Matsukawa, a lawmaker"). */
    private int[] inverted(int v) {
      int[] np = phrases.startingAt(v + 1);
      if (np == null || isFinite(skipAdverbs(np[1]))) {
        return null;
      }
      return np;
    }

    /**
     * The subject of a clause whose verb follows an apposition: going left from the segment
     * before the verb (the apposition), the first comma- or dash-separated segment that is a
     * noun phrase, with prepositional phrases attached and a leading conjunction dropped
     * ("Mitoji Yabunaka, who served as envoy, said"; "..., but the coalition, which ..., wants").
     */
    private int[] apposition(int start, int separator) {
      List<int[]> segments = new ArrayList<>();
      int segment = start;
      for (int i = start; i <= separator; i++) {
        if (i == separator || isSeparator(i)) {
          if (i > segment) {
            segments.add(new int[] {segment, i});
          }
          segment = i + 1;
        }
      }
      for (int k = segments.size() == 1 ? 0 : segments.size() - 2; k >= 0; k--) {
        int[] seg = segments.get(k);
        int from = seg[0];
        while (from < seg[1] && (view.pos(from).equals("CC") || view.pos(from).startsWith("RB"))) {
          from++;
        }
        int[] np = from < seg[1] ? phrases.startingAt(from) : null;
        if (np != null && attachmentsOnly(np[1], seg[1])) {
          return new int[] {from, seg[1]};
        }
      }
      return null;
    }

    /**
     * Whether {@code [from, to)} is empty or only prepositional phrases ("for the outlets") and
     * coordinated noun phrases ("and Immigration Services").
     */
    private boolean attachmentsOnly(int from, int to) {
      int j = from;
      while (j < to) {
        if (!view.pos(j).equals("IN") && !view.pos(j).equals("CC")) {
          return false;
        }
        int[] np = phrases.startingAt(j + 1);
        if (np == null) {
          return false;
        }
        j = np[1];
      }
      return j == to;
    }

    /**
     * The first token of a reported clause after {@code from}, or -1: after "that" or a colon,
     * at a question word, or at a subject followed by a finite verb, with adverbials ("on Feb 6")
     * skipped on the way. After a comma or a noun phrase only "that" or a colon will do.
     */
    private int clauseAfter(int from, int unitEnd) {
      int j = from;
      boolean plain = true;
      int limit = Math.min(unitEnd, from + MAX_ADVERBIAL);
      while (j < limit && !view.quoted(j)) {
        String word = lower(view.word(j));
        String pos = view.pos(j);
        if (word.equals("that") && !isFinite(j + 1) || word.equals(":")) {
          return j + 1 < unitEnd && !view.quoted(j + 1) ? j + 1 : -1;
        }
        if (plain && (WH_WORDS.contains(word) || isExistential(j) || startsClause(j, unitEnd))) {
          return j;
        }
        if (pos.startsWith("RB") || NounPhrases.isTimeWord(word) || pos.equals("VBN") && j > from) {
          j++;
        } else if (word.equals(",")) {
          plain = false;
          j++;
        } else if (pos.equals("IN") || pos.equals("TO")) {
          int[] object = phrases.startingAt(j + 1);
          int time = skipTime(j + 1);
          if (object != null) {
            j = object[1];
          } else if (time > j + 1) {
            j = time;
          } else {
            return -1;
          }
        } else {
          int[] np = phrases.startingAt(j);
          if (np == null) {
            return -1;
          }
          plain = false;
          j = np[1];
        }
      }
      return -1;
    }

    /**
     * The clause after a ", that" shortly after {@code from} with no finite verb or quotation
     * before it ("says at a campaign stop in Toledo, Ohio, that ..."), or -1: the adverbial
     * between the cue and its clause need not parse.
     */
    private int thatAfterAdverbial(int from, int unitEnd) {
      int limit = Math.min(unitEnd - 1, from + MAX_ADVERBIAL);
      for (int j = from; j < limit; j++) {
        if (view.quoted(j) || isFinite(j) || view.word(j).equals(":") || view.word(j).equals(";")) {
          return -1;
        }
        if (j > from && view.word(j - 1).equals(",") && lower(view.word(j)).equals("that")
            && !isFinite(j + 1) && !view.quoted(j + 1)) {
          return j + 1;
        }
      }
      return -1;
    }

    /** Whether an existential "there" starts at {@code j}, however the tagger labelled it. */
    private boolean isExistential(int j) {
      return view.pos(j).equals("EX") || lower(view.word(j)).equals("there") && isFinite(j + 1);
    }

    /** {@code j} when an object and an infinitive start there ("expect prices to fall"), else -1. */
    private int objectAndInfinitive(int j) {
      int[] np = OBJECT_PRONOUNS.contains(lower(view.word(j))) ? new int[] {j, j + 1} : phrases.startingAt(j);
      return np != null && lower(view.word(np[1])).equals("to") && view.pos(np[1] + 1).equals("VB") ? j : -1;
    }

    /**
     * Whether a clause starts at {@code j}: a word that can open a subject ("the", "officials",
     * "running", "that"), then a finite verb before the clause ends. The subject may hold
     * relative clauses and infinitives ("parents who adopt would", "actions to regulate guns
     * aren't"), but not a comma followed by a conjunction, where a new clause begins.
     */
    private boolean startsClause(int j, int unitEnd) {
      String first = view.pos(j);
      boolean demonstrative = DEMONSTRATIVES.contains(lower(view.word(j))) && !NounPhrases.isNoun(view.pos(j - 1));
      if (!(first.equals("DT") || first.equals("PDT") || first.startsWith("JJ") || first.startsWith("NN")
          || PAIRED_CONJUNCTIONS.contains(lower(view.word(j)))
          || first.equals("PRP") && !OBJECT_PRONOUNS.contains(lower(view.word(j)))
          || first.equals("PRP$") || first.equals("CD") || first.equals("VBG") || demonstrative)) {
        return false;
      }
      int limit = Math.min(unitEnd, j + MAX_SUBJECT);
      for (int k = j + 1; k < limit && !view.quoted(k); k++) {
        if (isFinite(k)) {
          return true;
        }
        String word = view.word(k);
        if (word.equals(":") || word.equals(";") || view.pos(k).equals(".")
            || word.equals(",") && (view.pos(k + 1).equals("CC") || view.pos(k + 1).equals("WRB")
                || view.pos(k + 1).equals("IN") && !lower(view.word(k + 1)).equals("of"))) {
          return false;
        }
      }
      return false;
    }

    /**
     * Where a reported clause from {@code start} ends: before the final stop, ", according to",
     * or the main clause after a sentence that opens with a subordinate one ("Though she called
     * it X, the mayor ...").
     */
    private int contentEnd(int start, int unitEnd) {
      int end = unitEnd;
      boolean subordinate = SUBORDINATORS.contains(lower(view.word(view.unitStart(start))));
      for (int j = start + 1; j < unitEnd; j++) {
        if (view.word(j).equals(",") && !view.quoted(j) && (view.word(j + 1).equalsIgnoreCase("according")
            || subordinate && startsClause(j + 1, unitEnd) && !view.pos(j + 1).equals("VBG"))) {
          end = j;
          break;
        }
      }
      while (end > start && isTrailingPunctuation(end - 1)) {
        end--;
      }
      return end;
    }

    /**
     * The clause after a cue set off by commas in mid-sentence ("Back home, Mr. Clarke said, he
     * decided ..."), or -1 when the cue does not stand aside or no clause follows it.
     */
    private int clauseAfterAside(int last, int unitEnd) {
      int j = last;
      while (j < unitEnd && !view.word(j).equals(",") && !isTrailingPunctuation(j)) {
        j++;
      }
      boolean aside = j + 1 < unitEnd && view.word(j).equals(",") && !view.quoted(j + 1)
          && (startsClause(j + 1, unitEnd) || isExistential(j + 1));
      return aside ? j + 1 : -1;
    }

    private boolean hasFiniteVerb(int from, int to) {
      for (int k = from; k < to; k++) {
        if (isFinite(k)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a cue phrase ending at {@code last} closes its clause (end of unit, or a comma). */
    private boolean endsClause(int last, int unitEnd) {
      int j = last;
      while (j < unitEnd && (view.pos(j).equals("IN") || view.pos(j).startsWith("RB")
          || NounPhrases.isNoun(view.pos(j)) || view.pos(j).equals("DT") || view.pos(j).startsWith("JJ")
          || view.pos(j).equals("CD"))) {
        j++;
      }
      return j >= unitEnd || isTrailingPunctuation(j) || view.word(j).equals(",");
    }

    /**
     * The first token of the clause holding {@code i}: after a quotation, colon or semicolon, and
     * when {@code dashes}, after a dash that opens an aside.
     */
    private int clauseStart(int i, boolean dashes) {
      int start = view.unitStart(i);
      for (int j = i - 1; j >= start; j--) {
        String word = view.word(j);
        if (closesQuote(j) || word.equals(":") || word.equals(";")) {
          return j + 1;
        }
        if (dashes && isDash(j) && j < i - 1 && !isSeparatorBefore(j, start)) {
          return j + 1;
        }
      }
      return start;
    }

    /** Whether an earlier dash in the unit pairs with the dash at {@code j}. */
    private boolean isSeparatorBefore(int j, int start) {
      for (int k = j - 1; k >= start; k--) {
        if (isDash(k)) {
          return true;
        }
      }
      return false;
    }

    private boolean isDash(int k) {
      return view.isDash(k);
    }

    private boolean containsQuote(int from, int to) {
      for (int j = Math.max(from, 0); j < to; j++) {
        if (view.quoted(j)) {
          return true;
        }
      }
      return false;
    }

    private boolean closesQuote(int i) {
      int q = view.quoteOf(i);
      return q >= 0 && view.token(i).end() == view.quotes.get(q).end() && view.quotes.get(q).closed();
    }

    private boolean isSeparator(int i) {
      String word = view.word(i);
      return word.equals(",") || word.equals("(") || word.equals(")") || view.isDash(i);
    }

    private boolean isTrailingPunctuation(int i) {
      String pos = view.pos(i);
      return pos.equals(".") || pos.equals(",") || pos.equals(":") || pos.equals("''") || pos.equals("``")
          || view.isDash(i);
    }

    private boolean isAuxiliaryOrAdverb(int i) {
      String word = lower(view.word(i));
      return AUXILIARIES.contains(word) || view.pos(i).equals("MD") || view.pos(i).startsWith("RB")
          && !view.word(i).equals(",");
    }

    private boolean isInfinitive(int v) {
      int i = v - 1;
      while (i >= 0 && view.pos(i).startsWith("RB")) {
        i--;
      }
      return view.pos(i).equals("TO");
    }

    private boolean isPassive(int v) {
      if (!view.pos(v).equals("VBN")) {
        return false;
      }
      int i = v - 1;
      while (i >= 0 && view.pos(i).startsWith("RB")) {
        i--;
      }
      return BE_FORMS.contains(lower(view.word(i))) || view.word(i).equals("being");
    }

    /**
     * Whether the token belongs to a time expression that ends just before a verb ("this month",
     * "early Friday"), so the subject lies before it.
     */
    private boolean isTimeBefore(int i, int unitStart) {
      if (NounPhrases.isTimeWord(view.word(i))) {
        return true;
      }
      String word = lower(view.word(i));
      boolean modifier = TIME_MODIFIERS.contains(word) || view.pos(i).equals("CD");
      return modifier && i + 1 < view.size() && NounPhrases.isTimeWord(view.word(i + 1)) && i >= unitStart;
    }

    /** Whether the verb is an -ing form after a form of "be" ("is calling for"). */
    private boolean isProgressive(int v) {
      if (!view.pos(v).equals("VBG")) {
        return false;
      }
      int i = v - 1;
      while (i >= 0 && view.pos(i).startsWith("RB")) {
        i--;
      }
      return BE_FORMS.contains(lower(view.word(i)));
    }

    /**
     * Whether a verb tagged as a participle follows a pronoun, relative pronoun or name that can
     * only be its subject ("who called for", "the NAACP called for"), so it is a past tense.
     */
    private boolean afterSubject(int v) {
      int i = v - 1;
      while (i >= 0 && view.pos(i).startsWith("RB")) {
        i--;
      }
      if (i < 0 || view.quoted(i)) {
        return false;
      }
      String pos = view.pos(i);
      return pos.equals("PRP") && !OBJECT_PRONOUNS.contains(lower(view.word(i))) || pos.equals("WP")
          || pos.startsWith("NNP");
    }

    private boolean afterHave(int v) {
      int i = v - 1;
      while (i >= 0 && view.pos(i).startsWith("RB")) {
        i--;
      }
      String word = lower(view.word(i));
      return word.equals("has") || word.equals("have") || word.equals("had") || word.endsWith("ve")
          || (word.equals("'s") || word.equals("’s")) && i > 0
              && (view.pos(i - 1).equals("PRP") || view.pos(i - 1).equals("WP"));
    }

    /** After a time expression starting at {@code i} ("Feb 6", "last week"), or {@code i}. */
    private int skipTime(int i) {
      int j = i;
      while (j < view.size() && !view.quoted(j) && (NounPhrases.isTimeWord(view.word(j))
          || view.pos(j).equals("CD") || view.pos(j).equals("DT") || view.pos(j).startsWith("JJ"))) {
        j++;
      }
      return j;
    }

    private int skipAdverbs(int i) {
      while (i < view.size() && view.pos(i).startsWith("RB")) {
        i++;
      }
      return i;
    }

    private boolean isFinite(int i) {
      String pos = view.pos(i);
      return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")
          || CONTRACTIONS.contains(lower(view.word(i))) && i > 0 && view.pos(i - 1).startsWith("PRP");
    }

    /** The verb governing an object that ends at {@code i} (particles and adverbs skipped), or -1. */
    private int verbBefore(int i, int unitStart) {
      while (i >= unitStart && (view.pos(i).equals("RP") || view.pos(i).startsWith("RB"))) {
        i--;
      }
      return i >= unitStart && view.pos(i).startsWith("VB") && !view.quoted(i) ? i : -1;
    }

    private int finiteVerbBefore(int i, int unitStart) {
      for (int j = i - 1; j >= unitStart; j--) {
        if (isFinite(j) && !view.pos(j).equals("MD") && !view.quoted(j)) {
          return j;
        }
      }
      return -1;
    }
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}

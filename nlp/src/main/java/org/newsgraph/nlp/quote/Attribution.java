package org.newsgraph.nlp.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.Cue;
import org.newsgraph.core.Quote;
import org.newsgraph.core.QuoteKind;
import org.newsgraph.core.Speaker;

/**
 * One text's attribution: assigns each quotation a cue and speaker, then adds reported speech
 * for the cues no quotation took. Used once and dropped.
 */
final class Attribution {

  /** Longest distance, in tokens, from a naming verb to the fragment it names. */
  private static final int LABEL_REACH = 6;

  private record Found(QuotedSpan span, int first, int end, QuoteKind kind, CuePhrase cue, Speaker speaker) {}

  private final TokenView view;
  private final List<CuePhrase> cues;
  private final NounPhrases phrases;
  private final Speakers speakers;
  private final Map<Integer, CuePhrase> byPhraseStart = new HashMap<>();
  private final Map<CuePhrase, Speaker> speakerOf = new HashMap<>();

  Attribution(TokenView view, List<CuePhrase> cues, EntityIndex entities) {
    this.view = view;
    this.cues = cues;
    this.phrases = new NounPhrases(view);
    this.speakers = new Speakers(view, entities);
    for (CuePhrase cue : cues) {
      byPhraseStart.putIfAbsent(cue.phraseStart(), cue);
    }
  }

  List<Quote> quotes() {
    List<Found> found = new ArrayList<>();
    List<CuePhrase> used = new ArrayList<>();
    for (QuotedSpan span : view.quotes) {
      int first = view.tokenFrom(span.open());
      int end = view.tokenUntil(span.end());
      if (first >= end || insideReportedClause(first, end)) {
        continue;
      }
      QuoteKind kind = isWholeSentence(span, first, end) ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
      CuePhrase cue = trailingCue(span, end);
      if (cue == null) {
        cue = introCue(first);
      }
      if (cue == null && opensParagraph(first)) {
        cue = colonIntro(first);
      }
      if (cue != null) {
        used.add(cue);
      }
      found.add(new Found(span, first, end, kind, cue, cue == null ? null : speaker(cue)));
    }
    List<CuePhrase> reporting = new ArrayList<>();
    for (CuePhrase cue : cues) {
      if (cue.hasContent() && cue.hasSource() && !used.contains(cue)) {
        reporting.add(cue);
      }
    }
    List<Found> all = new ArrayList<>();
    for (CuePhrase cue : reporting) {
      if (!reportedWithin(cue, reporting)) {
        QuoteKind kind = holdsQuotation(cue) ? QuoteKind.PARTIAL : QuoteKind.REPORTED;
        all.add(new Found(null, cue.contentStart(), cue.contentEnd(), kind, cue, speaker(cue)));
      }
    }
    all.addAll(found);
    all.sort(Comparator.comparingInt(Found::first));
    List<Found> resolved = continueSpeakers(all);
    List<Quote> quotes = new ArrayList<>();
    for (Found f : resolved) {
      quotes.add(toQuote("q" + (quotes.size() + 1), f));
    }
    return quotes;
  }

  /**
   * Gives quotations without a cue the cue and speaker of their paragraph (the attributed
   * quotation before them, else after them) or, when they open a paragraph, of the previous
   * paragraph's last attribution, which they continue; drops the fragments left without one.
   */
  private List<Found> continueSpeakers(List<Found> all) {
    List<Found> out = new ArrayList<>(all);
    for (int i = 0; i < out.size(); i++) {
      Found f = out.get(i);
      if (f.cue() != null) {
        continue;
      }
      Found source = null;
      if (f.kind() == QuoteKind.DIRECT) {
        source = sameParagraph(out, i);
        if (source == null && opensParagraph(f.first())) {
          Found previous = previousParagraph(out, i);
          if (previous != null) {
            out.set(i, new Found(f.span(), f.first(), f.end(), f.kind(), previous.cue(), previous.speaker()));
            continue;
          }
        }
      }
      if (source != null) {
        out.set(i, new Found(f.span(), f.first(), f.end(), f.kind(), source.cue(), source.speaker()));
      } else if (f.kind() != QuoteKind.DIRECT && f.speaker() == null) {
        out.set(i, null);
      }
    }
    out.removeIf(f -> f == null);
    return out;
  }

  private Found sameParagraph(List<Found> all, int i) {
    int paragraph = view.paragraph(all.get(i).first());
    for (int j = i - 1; j >= 0 && all.get(j) != null && view.paragraph(all.get(j).first()) == paragraph; j--) {
      if (all.get(j).span() != null && all.get(j).speaker() != null) {
        return all.get(j);
      }
    }
    for (int j = i + 1; j < all.size() && view.paragraph(all.get(j).first()) == paragraph; j++) {
      if (all.get(j).span() != null && all.get(j).cue() != null) {
        return all.get(j);
      }
    }
    return null;
  }

  private Found previousParagraph(List<Found> all, int i) {
    int paragraph = view.paragraph(all.get(i).first());
    for (int j = i - 1; j >= 0; j--) {
      Found f = all.get(j);
      if (f == null) {
        continue;
      }
      int p = view.paragraph(f.first());
      if (p < paragraph - 1) {
        return null;
      }
      if (p == paragraph - 1 && f.speaker() != null) {
        return f;
      }
    }
    return null;
  }

  /**
   * Whether {@code cue} stands inside what another of {@code reporting} reports ("He said Obama
   * hopes that ..."): it is part of that content, not an attribution of its own.
   */
  private static boolean reportedWithin(CuePhrase cue, List<CuePhrase> reporting) {
    for (CuePhrase outer : reporting) {
      if (outer != cue && outer.contentStart() <= cue.phraseStart() && cue.verb() < outer.contentEnd()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the tokens {@code [first, end)} lie in the reported clause of a cue with a source. */
  private boolean insideReportedClause(int first, int end) {
    for (CuePhrase cue : cues) {
      if (cue.hasContent() && cue.hasSource() && cue.contentStart() <= first && end <= cue.contentEnd()) {
        return true;
      }
    }
    return false;
  }

  private boolean holdsQuotation(CuePhrase cue) {
    for (int i = cue.contentStart(); i < cue.contentEnd(); i++) {
      if (view.quoted(i)) {
        return true;
      }
    }
    return false;
  }

  /** The cue right after a quotation: {@code "...," Mr Chun said}, {@code "...," said X}. */
  private CuePhrase trailingCue(QuotedSpan span, int end) {
    if (end >= view.size() || view.paragraph(end) != view.paragraph(end - 1)) {
      return null;
    }
    int k = end;
    boolean separated = false;
    int dash = -1;
    while (k < view.size() && !view.quoted(k) && isPause(view.word(k))) {
      dash = view.isDash(k) ? k : dash;
      k++;
      separated = true;
    }
    if (k >= view.size() || view.quoted(k) || view.paragraph(k) != view.paragraph(end - 1)) {
      return null;
    }
    CuePhrase cue = byPhraseStart.get(k);
    if (cue == null || cue.kind() == CueClass.LABEL || cue.kind() == CueClass.STANCE) {
      cue = plainVerbAfter(k);
    }
    if (cue == null && dash >= 0) {
      cue = signature(dash, k);
    }
    if (cue == null || !cue.hasSource() || cue.kind() == CueClass.LABEL || cue.kind() == CueClass.STANCE
        || cue.hasContent() && cue.contentStart() >= cue.phraseEnd()) {
      return null;
    }
    char last = view.text.charAt(span.contentEnd() - 1);
    boolean stops = last == '.' && !separated;
    if (stops && Character.isUpperCase(view.word(k).charAt(0)) && !endsUnitSoon(cue.phraseEnd())) {
      return null;
    }
    return cue;
  }

  /** {@code "..." ― Jane Doe}: a dash and a name closing the paragraph's clause sign a quotation. */
  private CuePhrase signature(int dash, int k) {
    int[] np = phrases.startingAt(k);
    if (np == null || !view.token(np[1] - 1).isProperNoun() || !(np[1] >= view.unitEnd(k)
        || view.word(np[1]).equals(",") || view.pos(np[1]).equals(".") || view.unit(np[1]) != view.unit(k))) {
      return null;
    }
    return new CuePhrase(dash, dash + 1, dash, CueClass.SPEECH, np[0], np[1], -1, -1);
  }

  /** {@code "...," he joked.}: a name or pronoun and any past-tense verb closing the clause. */
  private CuePhrase plainVerbAfter(int k) {
    int[] np = phrases.startingAt(k);
    if (np == null) {
      return null;
    }
    int v = np[1];
    if (v >= view.size() || !(view.pos(v).equals("VBD") || view.pos(v).equals("VBZ"))
        || view.quoted(v) || !endsUnitSoon(v + 1)) {
      return null;
    }
    return new CuePhrase(v, v + 1, v, CueClass.SPEECH, np[0], np[1], -1, -1);
  }

  private boolean endsUnitSoon(int j) {
    int unitEnd = j < view.size() ? view.unitEnd(j) : j;
    return j >= view.size() || j >= unitEnd || view.pos(j).equals(".") || view.pos(j).equals(",")
        || view.pos(j).equals("IN") || view.pos(j).startsWith("RB") || view.pos(j).equals(":")
        || NounPhrases.isTimeWord(view.word(j)) || view.unit(j) != view.unit(j - 1);
  }

  /**
   * The cue of the clause before a quotation in its sentence: the nearest cue of speech (or
   * "according to") before it, else the nearest of thought, else a naming verb just before it
   * ("called it "...").
   */
  private CuePhrase introCue(int first) {
    int start = view.unitStart(first);
    for (int j = first - 1; j >= start; j--) {
      if (view.quoted(j)) {
        start = j + 1;
        break;
      }
    }
    CuePhrase thought = null;
    CuePhrase label = null;
    for (int c = cues.size() - 1; c >= 0; c--) {
      CuePhrase cue = cues.get(c);
      if (cue.verb() >= first || !cue.hasSource()) {
        continue;
      }
      if (cue.verb() < start) {
        break;
      }
      switch (cue.kind()) {
        case SPEECH, ACCORDING -> {
          return cue;
        }
        case THOUGHT -> thought = thought == null ? cue : thought;
        case LABEL, STANCE -> label = label == null && first - cue.end() <= LABEL_REACH ? cue : label;
      }
    }
    return thought != null ? thought : label;
  }

  /** The cue of a paragraph that ends with a colon ("Caddell continued:") before a quotation. */
  private CuePhrase colonIntro(int first) {
    int colon = first - 1;
    if (colon < 0 || !view.word(colon).equals(":")) {
      return null;
    }
    int start = view.unitStart(colon);
    for (int c = cues.size() - 1; c >= 0; c--) {
      CuePhrase cue = cues.get(c);
      if (cue.verb() < colon && cue.verb() >= start && cue.hasSource() && cue.kind() == CueClass.SPEECH) {
        return cue;
      }
    }
    return null;
  }

  /**
   * Whether the quotation gives whole sentences: it opens its clause (or follows a colon, a
   * comma or its cue), starts with a capital and has a finite verb.
   */
  private boolean isWholeSentence(QuotedSpan span, int first, int end) {
    char initial = view.text.charAt(span.contentStart());
    if (!(Character.isUpperCase(initial) || Character.isDigit(initial) || initial == '.' || initial == '…')) {
      return false;
    }
    boolean verb = false;
    for (int i = first; i < end && !verb; i++) {
      String pos = view.pos(i);
      verb = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }
    if (!verb) {
      return false;
    }
    int before = first - 1;
    if (before < 0 || view.unit(before) != view.unit(first) || view.quoted(before)) {
      return true;
    }
    String word = view.word(before);
    if (word.equals(":") || word.equals(",") || word.equals("that")) {
      return true;
    }
    for (CuePhrase cue : cues) {
      if (cue.end() == first || cue.phraseEnd() == first) {
        return true;
      }
    }
    return false;
  }

  private boolean opensParagraph(int first) {
    return first == 0 || view.paragraph(first - 1) != view.paragraph(first);
  }

  private static boolean isPause(String word) {
    return word.equals(",") || word.equals("-") || word.equals("--") || word.equals("—") || word.equals("–")
        || word.equals("―");
  }

  private Speaker speaker(CuePhrase cue) {
    return speakerOf.computeIfAbsent(cue, c -> speakers.of(c.sourceStart(), c.sourceEnd()));
  }

  private Quote toQuote(String id, Found f) {
    int start;
    int end;
    if (f.span() != null) {
      start = f.span().contentStart();
      end = f.span().contentEnd();
      while (end > start + 1 && (view.text.charAt(end - 1) == ',' || Character.isWhitespace(view.text.charAt(end - 1)))) {
        end--;
      }
    } else {
      start = view.token(f.first()).start();
      end = view.token(f.end() - 1).end();
    }
    Cue cue = null;
    if (f.cue() != null) {
      int cueStart = view.token(f.cue().start()).start();
      int cueEnd = view.token(f.cue().end() - 1).end();
      cue = new Cue(view.text.substring(cueStart, cueEnd), cueStart, cueEnd);
    }
    return new Quote(id, view.text.substring(start, end), start, end, f.kind(), f.speaker(), cue);
  }
}

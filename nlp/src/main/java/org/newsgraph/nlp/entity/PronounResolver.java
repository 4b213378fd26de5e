package org.newsgraph.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Role;

/**
 * Resolves "he", "she" and their forms to a person, conservatively. A person's gender comes
 * from honorifics ("Mr"), else gendered role nouns ("spokeswoman"), else the first name; a
 * pronoun outside quotations refers to the one person of fitting gender mentioned earlier in its
 * sentence, or, when there is none, in the sentence before; when the sentence before has several
 * and the pronoun opens its sentence, to the one that opened the sentence before. A reflexive
 * ("himself") refers to the nearest such person in its sentence. A person whose gender is not
 * known gets no pronoun, but still stands in the way of others. Anything else
 * stays unresolved. Immutable.
 */
final class PronounResolver {

  private static final Map<String, Gender> PRONOUNS = Map.of(
      "he", Gender.MALE, "him", Gender.MALE, "his", Gender.MALE, "himself", Gender.MALE,
      "she", Gender.FEMALE, "her", Gender.FEMALE, "hers", Gender.FEMALE, "herself", Gender.FEMALE);

  private final PersonWords people;

  PronounResolver(PersonWords people) {
    this.people = people;
  }

  /** Adds to each person the pronouns that clearly refer to it. */
  void resolve(TokenView doc, List<EntityDraft> drafts) {
    Map<EntityDraft, Gender> genders = new HashMap<>();
    List<Mentioned> mentions = new ArrayList<>();
    for (EntityDraft draft : drafts) {
      if (draft.type() != EntityType.PERSON) {
        continue;
      }
      genders.put(draft, genderOf(doc, draft));
      for (Reference r : draft.references()) {
        mentions.add(new Mentioned(r.mentionFrom(), draft));
      }
    }
    mentions.sort((a, b) -> Integer.compare(a.token, b.token));
    List<Mentioned> resolved = new ArrayList<>();
    int next = 0;
    for (int p = 0; p < doc.size(); p++) {
      while (next < mentions.size() && mentions.get(next).token < p) {
        resolved.add(mentions.get(next++));
      }
      Gender gender = PRONOUNS.get(doc.lower(p));
      if (gender == null || doc.quoted(p) || !doc.pos(p).startsWith("PRP")) {
        continue;
      }
      EntityDraft target = antecedent(doc, resolved, genders, p, gender);
      if (target != null && genders.get(target) == gender) {
        target.add(new Reference(MentionKind.PRONOUN, p, p, p + 1));
        resolved.add(new Mentioned(p, target));
      }
    }
  }

  private EntityDraft antecedent(
      TokenView doc, List<Mentioned> before, Map<EntityDraft, Gender> genders, int p, Gender gender) {
    int sentence = doc.sentence(p);
    Set<EntityDraft> same = new LinkedHashSet<>();
    Set<EntityDraft> previous = new LinkedHashSet<>();
    Mentioned opener = null;
    for (int k = before.size() - 1; k >= 0; k--) {
      Mentioned m = before.get(k);
      int s = doc.sentence(m.token);
      if (s < sentence - 1) {
        break;
      }
      Gender g = genders.get(m.draft);
      if (g != Gender.UNKNOWN && g != gender) {
        continue;
      }
      if (s == sentence) {
        same.add(m.draft);
      } else {
        previous.add(m.draft);
        opener = m;
      }
    }
    if (!same.isEmpty()) {
      if (doc.lower(p).endsWith("self")) {
        return same.iterator().next();
      }
      return same.size() == 1 ? same.iterator().next() : null;
    }
    if (previous.size() == 1) {
      return previous.iterator().next();
    }
    if (previous.size() > 1 && p == doc.sentenceStart(p) && opensSentence(doc, opener)) {
      return opener.draft;
    }
    return null;
  }

  /** Whether a mention stands before the first verb of its sentence: its subject. */
  private static boolean opensSentence(TokenView doc, Mentioned m) {
    for (int i = doc.sentenceStart(m.token); i < m.token; i++) {
      if (doc.token(i).isVerb()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The gender the person's honorifics, else roles, else first name show. The first word of a
   * name is no first name when the text uses it alone more than once and more often than the
   * last ("Kim" for "Kim Jong Un").
   */
  private Gender genderOf(TokenView doc, EntityDraft draft) {
    Gender byHonorific = Gender.UNKNOWN;
    String[] words = draft.name().toLowerCase(Locale.ROOT).split(" ");
    int firstAlone = 0;
    int lastAlone = 0;
    for (Reference r : draft.references(MentionKind.NAME)) {
      if (r.mentionFrom() < r.from()) {
        byHonorific = byHonorific.and(people.honorificGender(doc.word(r.mentionFrom())));
      }
      if (r.to() - r.from() == 1 && words.length > 1) {
        firstAlone += doc.lower(r.from()).equals(words[0]) ? 1 : 0;
        lastAlone += doc.lower(r.from()).equals(words[words.length - 1]) ? 1 : 0;
      }
    }
    if (byHonorific != Gender.UNKNOWN) {
      return byHonorific;
    }
    Gender byRole = Gender.UNKNOWN;
    for (Role role : draft.roles()) {
      for (String w : role.text().split("\\s+")) {
        byRole = byRole.and(people.roleGender(w));
      }
    }
    if (byRole != Gender.UNKNOWN) {
      return byRole;
    }
    boolean familyNameFirst = firstAlone >= 2 && firstAlone > lastAlone;
    return familyNameFirst ? Gender.UNKNOWN : people.firstNameGender(words[0]);
  }

  private record Mentioned(int token, EntityDraft draft) {}
}

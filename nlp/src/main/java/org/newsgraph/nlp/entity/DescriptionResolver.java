package org.newsgraph.nlp.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Role;

/**
 * Resolves definite descriptions to the one entity they can mean. "The US president" refers to
 * the person an earlier role made "US President" (its head noun and modifiers must fit one
 * person's role, and only one person's); "the ministry" or "the company" refers to the one
 * organisation mentioned before whose name ends in that kind of word. Anything ambiguous stays
 * unresolved. Immutable.
 */
final class DescriptionResolver {

  private static final int LONGEST_DESCRIPTION = 6;
  private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "group", "conglomerate");
  private static final Set<String> PREPOSITIONS =
      Set.of("of", "for", "to", "with", "at", "in", "on", "from", "by");
  private static final Pattern WORD_BREAK = Pattern.compile("\\s+|(?=')");

  private final PersonWords people;
  private final OrganisationWords organisations;

  DescriptionResolver(PersonWords people, OrganisationWords organisations) {
    this.people = people;
    this.organisations = organisations;
  }

  /** Adds to the entities the descriptions that clearly refer to them. */
  void resolve(TokenView doc, List<EntityDraft> drafts, NameIndex names) {
    List<RoleKey> roles = new ArrayList<>();
    for (EntityDraft draft : drafts) {
      for (Role role : draft.roles()) {
        RoleKey key = roleKey(draft, role);
        if (key != null) {
          roles.add(key);
        }
      }
    }
    for (int i = 0; i + 1 < doc.size(); i++) {
      if (!doc.lower(i).equals("the") || names.owner(i) != null) {
        continue;
      }
      int head = descriptionHead(doc, names, i);
      if (head < 0) {
        continue;
      }
      EntityDraft target = people.isRoleNoun(doc.word(head))
          ? personFor(doc, roles, i, head)
          : organisationFor(doc, drafts, i, head);
      if (target != null) {
        target.add(new Reference(MentionKind.DESCRIPTION, i, i, head + 1));
      }
    }
  }

  /** The head noun of "the [modifiers] noun" at {@code the}, or -1 when it is no description. */
  private int descriptionHead(TokenView doc, NameIndex names, int the) {
    int sentenceEnd = doc.sentenceEnd(the);
    for (int i = the + 1; i < Math.min(sentenceEnd, the + LONGEST_DESCRIPTION); i++) {
      String pos = doc.pos(i);
      boolean nounLike =
          pos.equals("NN") || pos.equals("NNP") && !doc.capitalized(i) || isHeadWord(doc, i);
      if (nounLike && (people.isRoleNoun(doc.word(i)) || isOrganisationNoun(doc, i))) {
        boolean ends = i + 1 >= sentenceEnd || !(doc.capitalized(i + 1) && doc.wordLike(i + 1))
            && !doc.pos(i + 1).startsWith("NN") && !doc.lower(i + 1).equals("of")
            && !doc.pos(i + 1).equals("POS") && !doc.joiningHyphen(i + 1);
        return ends && names.type(i) == null ? i : -1;
      }
      boolean modifier = pos.startsWith("JJ") || pos.equals("NN") || pos.equals("VBN")
          || names.type(i) != null && names.type(i) != EntityType.PERSON;
      if (!modifier) {
        return -1;
      }
    }
    return -1;
  }

  private boolean isHeadWord(TokenView doc, int i) {
    return !doc.capitalized(i) && doc.pos(i).startsWith("NN") && !doc.pos(i).endsWith("S");
  }

  private boolean isOrganisationNoun(TokenView doc, int i) {
    String w = doc.word(i);
    if (doc.capitalized(i)) {
      return false;
    }
    return COMPANY_NOUNS.contains(w)
        || organisations.headKind(capitalize(w)) == OrganisationWords.Kind.BODY;
  }

  private EntityDraft personFor(TokenView doc, List<RoleKey> roles, int the, int head) {
    String headWord = doc.lower(head);
    Set<String> modifiers = new HashSet<>();
    for (int i = the + 1; i < head; i++) {
      if (!people.isFormerMarker(doc.word(i))) {
        modifiers.add(doc.lower(i));
      }
    }
    EntityDraft found = null;
    for (RoleKey key : roles) {
      if (key.start() >= doc.start(the) || !key.head().equals(headWord)
          || !key.modifiers().containsAll(modifiers)) {
        continue;
      }
      if (found != null && found != key.draft()) {
        return null;
      }
      found = key.draft();
    }
    return found;
  }

  private EntityDraft organisationFor(TokenView doc, List<EntityDraft> drafts, int the, int head) {
    String noun = doc.lower(head);
    boolean company = COMPANY_NOUNS.contains(noun);
    EntityDraft found = null;
    for (EntityDraft draft : drafts) {
      if (draft.type() != EntityType.ORGANIZATION || !draft.mentionedBefore(the)) {
        continue;
      }
      String[] words = draft.name().split(" ");
      String last = words[words.length - 1];
      boolean fits = company
          ? organisations.headKind(last) == OrganisationWords.Kind.COMPANY
          : last.toLowerCase(Locale.ROOT).equals(noun);
      if (fits) {
        if (found != null) {
          return null;
        }
        found = draft;
      }
    }
    return found;
  }

  /**
   * The head and modifiers of a person's role, lower case: the last role noun before the first
   * preposition ("secretary" in "US Secretary of State"); null when there is none.
   */
  private RoleKey roleKey(EntityDraft draft, Role role) {
    if (draft.type() != EntityType.PERSON) {
      return null;
    }
    String[] words = WORD_BREAK.split(role.text().toLowerCase(Locale.ROOT));
    int head = -1;
    for (int i = 0; i < words.length && !PREPOSITIONS.contains(words[i]); i++) {
      if (people.isRoleNoun(words[i])) {
        head = i;
      }
    }
    if (head < 0) {
      return null;
    }
    Set<String> modifiers = new HashSet<>(List.of(words).subList(0, head));
    return new RoleKey(draft, role.start(), words[head], modifiers);
  }

  private static String capitalize(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private record RoleKey(EntityDraft draft, int start, String head, Set<String> modifiers) {}
}

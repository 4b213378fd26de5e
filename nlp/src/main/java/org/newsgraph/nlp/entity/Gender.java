package org.newsgraph.nlp.entity;

/** The grammatical gender a person's mentions show, for choosing "he" or "she". */
enum Gender {
  MALE,
  FEMALE,
  UNKNOWN;

  /** The gender a list cell names; blank or anything else is unknown. */
  static Gender parse(String cell) {
    if (cell.equalsIgnoreCase("MALE")) {
      return MALE;
    }
    return cell.equalsIgnoreCase("FEMALE") ? FEMALE : UNKNOWN;
  }

  /** Two pieces of evidence together: unknown yields, disagreement is unknown. */
  Gender and(Gender other) {
    if (this == UNKNOWN) {
      return other;
    }
    return other == UNKNOWN || other == this ? this : UNKNOWN;
  }
}

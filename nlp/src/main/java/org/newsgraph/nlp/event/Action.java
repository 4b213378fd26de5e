package org.newsgraph.nlp.event;

/**
 * One row of the action table: an action and how PLOVER and CAMEO code it.
 *
 * @param name        our action name ({@code meet}, {@code impose_tariffs}, ...)
 * @param type        PLOVER category, or {@code null} where PLOVER has none
 * @param mode        PLOVER mode, or {@code null}
 * @param cameo       CAMEO code of the done event
 * @param intent      the PLOVER category of the event announced rather than done ({@code AGREE}
 *                    or {@code THREATEN}), or {@code null} to keep {@link #type}
 * @param symmetric   whether "A and B" as subject makes both sources (meetings, talks, deals)
 * @param domestic    whether an unstated target is the actors' own country (protests, strikes)
 * @param reciprocal  whether the event needs two parties ("the two spoke"): a lone actor is none
 */
record Action(
    String name, String type, String mode, String cameo, String intent, boolean symmetric, boolean domestic,
    boolean reciprocal) {

  /** The CAMEO code of the announced event: 03x for cooperation, 13x for threats. */
  String intentCameo() {
    if ("AGREE".equals(intent)) {
      return cameo.startsWith("04") ? "036" : "030";
    }
    return "THREATEN".equals(intent) ? "130" : cameo;
  }
}

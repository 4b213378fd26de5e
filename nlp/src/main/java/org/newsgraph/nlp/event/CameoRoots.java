package org.newsgraph.nlp.event;

import java.util.Set;

/** The CAMEO root codes ("01" to "20", the first two digits) that the event reader codes events with. */
public final class CameoRoots {

  private CameoRoots() {}

  /** The roots of the action table's codes, sorted. */
  public static Set<String> coded() {
    return ActionLexicon.load().cameoRoots();
  }
}

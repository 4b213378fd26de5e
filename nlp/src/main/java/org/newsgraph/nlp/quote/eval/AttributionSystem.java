package org.newsgraph.nlp.quote.eval;

import java.util.List;

/** Something that reads attributions from a text: our attributor, or a baseline. */
public interface AttributionSystem {

  /** A short name for reports. */
  String name();

  /** The attributions of {@code text}. */
  List<PredictedAttribution> read(String text);
}

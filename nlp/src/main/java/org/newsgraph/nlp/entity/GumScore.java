package org.newsgraph.nlp.entity;

/**
 * How the entity reader's entities match GUM's gold coreference. Our mentions are matched to the
 * innermost gold mention that contains them.
 *
 * @param documents          documents read
 * @param namedClusters      gold clusters of people, organisations and places with a Wikipedia
 *                           identity
 * @param namedClustersFound of those, how many at least one of our mentions matched
 * @param namedClustersMulti of those, how many had two or more gold mentions matched
 * @param namedClustersWhole of the latter, how many had all their matched mentions in one of our
 *                           entities
 * @param pairsLinked        pairs of matched gold mentions in one named cluster that we put in
 *                           one entity (pairwise recall numerator)
 * @param pairsGold          pairs of matched gold mentions in one named cluster
 * @param pairsRight         pairs of our mentions in one entity, matched to mentions of one named
 *                           cluster (pairwise precision numerator)
 * @param pairsOurs          pairs of our mentions in one entity matched to named-cluster mentions
 * @param personMentionsGold gold person mentions (names, descriptions, pronouns)
 * @param personMentionsFound gold person mentions matched by a mention of one of our people
 * @param personMentionsOurs mentions of our people
 * @param personMentionsRight mentions of our people matched to a gold person mention
 * @param pronounsGold       gold person mentions that are a personal pronoun (he, she, his, ...)
 *                           in a cluster one of our people's names matched
 * @param pronounsOurs       pronouns we resolved
 * @param pronounsRight      pronouns we resolved to the entity whose names are in the pronoun's
 *                           gold cluster
 */
public record GumScore(
    int documents,
    int namedClusters,
    int namedClustersFound,
    int namedClustersMulti,
    int namedClustersWhole,
    int pairsLinked,
    int pairsGold,
    int pairsRight,
    int pairsOurs,
    int personMentionsGold,
    int personMentionsFound,
    int personMentionsOurs,
    int personMentionsRight,
    int pronounsGold,
    int pronounsOurs,
    int pronounsRight) {

  /** A ratio, 0 when the denominator is 0. */
  public static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}

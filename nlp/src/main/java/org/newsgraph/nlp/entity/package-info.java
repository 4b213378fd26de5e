/**
 * People, organisations, places and groups: names grouped into entities ("Mr Abe" is Shinzo
 * Abe), descriptions and pronouns resolved where clear, and the roles the text gives them.
 *
 * <p>{@link org.newsgraph.nlp.entity.NewsEntityResolver} makes a few linear passes over the
 * analysed tokens: {@code NameFinder} corrects the name tagger at document level, {@code
 * NameClusterer} groups names into entities, then {@code RoleFinder}, {@code MediaFinder}, {@code
 * DescriptionResolver} and {@code PronounResolver} add roles and further mentions. The word lists
 * are general knowledge: CoreNLP's countries, demonyms and first names, and our own small tables
 * beside these classes. {@link org.newsgraph.nlp.entity.ConllEvaluation} and {@link
 * org.newsgraph.nlp.entity.GumEvaluation} score the reader against CoNLL-2003 and GUM.
 */
package org.newsgraph.nlp.entity;

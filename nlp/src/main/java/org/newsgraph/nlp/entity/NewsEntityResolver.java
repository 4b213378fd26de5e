package org.newsgraph.nlp.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Mention;
import org.newsgraph.nlp.text.TextAnalysis;

/**
 * The entity reader for news: names from the name tagger corrected at document level, grouped
 * into entities, with the roles the text gives people and the descriptions and pronouns that
 * clearly refer to them. Loads its word lists once; immutable and safe to share across threads.
 */
public final class NewsEntityResolver implements EntityResolver {

  private final NameFinder names;
  private final NameClusterer clusterer;
  private final RoleFinder roles;
  private final MediaFinder media;
  private final DescriptionResolver descriptions;
  private final PronounResolver pronouns;

  /** A resolver with the word lists on the class path. */
  public NewsEntityResolver() {
    Gazetteer gazetteer = Gazetteer.load();
    PersonWords people = PersonWords.load();
    OrganisationWords organisations = OrganisationWords.load();
    this.names = new NameFinder(gazetteer, people, organisations);
    this.clusterer = new NameClusterer(gazetteer);
    this.roles = new RoleFinder(people);
    this.media = new MediaFinder(organisations);
    this.descriptions = new DescriptionResolver(people, organisations);
    this.pronouns = new PronounResolver(people);
  }

  @Override
  public List<Entity> resolve(TextAnalysis analysis) {
    return read(analysis).stream().map(ReadEntity::entity).toList();
  }

  /** The entities with the kind of each mention, ids in order of first mention. */
  List<ReadEntity> read(TextAnalysis analysis) {
    TokenView doc = new TokenView(analysis);
    List<EntityDraft> drafts = clusterer.cluster(doc, names.find(doc));
    NameIndex index = new NameIndex(doc, drafts);
    roles.addRoles(doc, drafts, index);
    media.find(doc, drafts, index);
    descriptions.resolve(doc, drafts, index);
    pronouns.resolve(doc, drafts);
    drafts.sort(Comparator.comparingInt(EntityDraft::firstToken));
    List<ReadEntity> out = new ArrayList<>(drafts.size());
    for (EntityDraft draft : drafts) {
      out.add(finish(doc, draft, "e" + (out.size() + 1)));
    }
    return out;
  }

  private static ReadEntity finish(TokenView doc, EntityDraft draft, String id) {
    List<Mention> mentions = new ArrayList<>();
    List<MentionKind> kinds = new ArrayList<>();
    List<Mention> nameMentions = new ArrayList<>();
    for (Reference r : draft.references()) {
      mentions.add(mention(doc, r.mentionFrom(), r.to()));
      kinds.add(r.kind());
      if (r.kind() == MentionKind.NAME) {
        nameMentions.add(mention(doc, r.from(), r.to()));
      }
    }
    Entity entity = new Entity(id, draft.type(), draft.name(), mentions, draft.roles());
    return new ReadEntity(entity, kinds, nameMentions);
  }

  private static Mention mention(TokenView doc, int from, int to) {
    return new Mention(doc.text(from, to), doc.start(from), doc.end(to - 1));
  }
}

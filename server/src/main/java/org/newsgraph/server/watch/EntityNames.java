package org.newsgraph.server.watch;

import java.io.IOException;
import java.util.Locale;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.KnownEntity;
import org.newsgraph.index.query.EntityProfile;
import org.newsgraph.index.query.Paging;
import org.newsgraph.index.query.ResultPage;

/** Finds the merged entity a user means by an id or a name, preferring an exact name or alias. */
public final class EntityNames {

  private final KnowledgeBase kb;

  public EntityNames(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The entity {@code idOrName} stands for; throws when the index knows none. */
  public KnownEntity resolve(String idOrName) throws IOException {
    if (idOrName.matches("[A-Za-z0-9]{1,64}")) {
      EntityProfile profile = kb.entity(idOrName);
      if (profile != null) {
        return profile.entity();
      }
    }
    ResultPage<KnownEntity> found = kb.entities(idOrName, new Paging(1, 20));
    String wanted = idOrName.toLowerCase(Locale.ROOT);
    for (KnownEntity e : found.items()) {
      if (e.name().toLowerCase(Locale.ROOT).equals(wanted)
          || e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted))) {
        return e;
      }
    }
    if (found.items().isEmpty()) {
      throw new IllegalArgumentException("no entity named '" + idOrName + "' in the index");
    }
    return found.items().get(0);
  }
}

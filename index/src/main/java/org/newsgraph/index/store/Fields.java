package org.newsgraph.index.store;

/** The names of the index's fields and the kinds of document it holds. */
public final class Fields {

  private Fields() {}

  /** Which kind of document: one of the {@code KIND_} values. */
  public static final String KIND = "kind";

  public static final String KIND_ARTICLE = "article";
  public static final String KIND_QUOTE = "quote";
  public static final String KIND_ENTITY = "entity";
  public static final String KIND_EVENT = "event";

  /** A page already read, with what came of it, so a restarted run skips it. */
  public static final String KIND_PAGE = "page";

  public static final String ID = "id";

  /** The encoded record the document stands for. */
  public static final String BLOB = "blob";

  public static final String URL = "url";
  public static final String HASH = "hash";
  public static final String STORY = "story";
  public static final String TITLE = "title";
  public static final String PUBLISHED = "published";
  public static final String SITE = "site";

  /** The article's URL as it gives it (the {@link #URL} field holds the canonical form). */
  public static final String ARTICLE_URL = "article_url";

  public static final String BODY = "body";

  /** Publication (or event) date as days since the epoch: points for ranges, doc values to sort. */
  public static final String DAY = "day";

  /** Merged entity ids an article mentions, or an event's actors. */
  public static final String ENTITY = "entity";

  /** Doc values twin of {@link #ENTITY}, to count co-mentions. */
  public static final String ENTITY_VALUES = "entity_dv";

  public static final String EVENT_TYPE = "event_type";
  public static final String BAND = "band";
  public static final String SIGNATURE = "signature";

  public static final String FACET_PEOPLE = "f_people";
  public static final String FACET_ORGANISATIONS = "f_organisations";
  public static final String FACET_PLACES = "f_places";
  public static final String FACET_SOURCES = "f_sources";
  public static final String FACET_MONTHS = "f_months";

  public static final String ARTICLE = "article";
  public static final String SPEAKER = "speaker";
  public static final String SPEAKER_NAME = "speaker_name";
  public static final String TEXT = "text";

  public static final String ENTITY_TYPE = "entity_type";
  public static final String NAMES = "names";
  public static final String MENTIONS = "mentions";

  public static final String ACTOR_NAME = "actor_name";
  public static final String ACTION = "action";

  public static final String OUTCOME = "outcome";
}

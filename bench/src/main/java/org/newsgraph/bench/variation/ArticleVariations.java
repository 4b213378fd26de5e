package org.newsgraph.bench.variation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;

/**
 * Variations of read articles, to grow an index far past the articles read for real. The n-th
 * variation of the originals is a copy of original {@code n % size} with:
 *
 * <ul>
 *   <li>a new address ({@code ?variation=n} added to its URL), hence a new article id;
 *   <li>a publication day drawn uniformly from 2024, every calendar date and month of its time
 *       values moved by the same number of days;
 *   <li>some people, organisations and places renamed (each with a chance of {@value
 *       #RENAME_CHANCE}) to a name of the same type from the originals, drawn so that a few names
 *       are very frequent, as in news: the full-name mentions, and for people surname-only
 *       mentions, take the new words, and so do the title and every fact that names them;
 *   <li>its paragraphs shuffled (paragraphs joined by a fact stay together).
 * </ul>
 *
 * <p>Every fact moves with its words, so its offsets stay valid: the {@link AnnotatedArticle}
 * constructor checks them. The same originals and seed give the same variations.
 */
public final class ArticleVariations {

  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  private static final int DAYS = 366;
  private static final double RENAME_CHANCE = 0.6;

  /** Pool index = size * u^SKEW: the higher, the more often the most frequent names come up. */
  private static final double SKEW = 3;

  private static final int MIN_NAME_LENGTH = 3;
  private static final Set<EntityType> RENAMED =
      EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

  private final List<AnnotatedArticle> originals;
  private final Map<EntityType, List<String>> pools;
  private final long seed;

  public ArticleVariations(List<AnnotatedArticle> originals, long seed) {
    if (originals.isEmpty()) {
      throw new IllegalArgumentException("no articles to vary");
    }
    this.originals = List.copyOf(originals);
    this.pools = pools(this.originals);
    this.seed = seed;
  }

  /** The {@code n}-th variation ({@code n >= 0}). */
  public AnnotatedArticle variation(int n) {
    AnnotatedArticle original = originals.get(n % originals.size());
    Random random = new Random(seed * 1_000_003L + n);
    Article old = original.article();

    Map<String, String> names = renames(original, random);
    NameEdits edits = new NameEdits(old.text(), edits(original, names));
    String title = old.title();
    for (Entity e : original.entities()) {
      if (title != null && names.containsKey(e.id())) {
        title = title.replace(e.name(), names.get(e.id()));
      }
    }
    Article renamedArticle =
        withText(old, old.source(), old.url(), title, old.published(), edits.text());
    AnnotatedArticle renamed =
        new FactRemap(edits, names, new DateShift(0)).apply(original, renamedArticle);

    ParagraphShuffle shuffle =
        new ParagraphShuffle(renamed.article().text(), Spans.of(renamed), random);
    LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
    LocalDate oldDay = old.publishedDate();
    long days = oldDay == null ? 0 : ChronoUnit.DAYS.between(oldDay, day);
    Article article =
        withText(
            old,
            old.source() + "#variation-" + n,
            url(old, n),
            title,
            published(old.published(), day),
            shuffle.text());
    return new FactRemap(shuffle, Map.of(), new DateShift(days)).apply(renamed, article);
  }

  /**
   * New names by entity id: a share of the renamable entities, each to a name not in the article.
   */
  private Map<String, String> renames(AnnotatedArticle original, Random random) {
    Set<String> taken = new HashSet<>();
    original.entities().forEach(e -> taken.add(e.name()));
    Map<String, String> names = new HashMap<>();
    for (Entity e : original.entities()) {
      List<String> pool = pools.get(e.type());
      if (pool == null || pool.size() < 2 || random.nextDouble() >= RENAME_CHANCE) {
        continue;
      }
      String name = pool.get((int) (pool.size() * Math.pow(random.nextDouble(), SKEW)));
      if (taken.add(name)) {
        names.put(e.id(), name);
      }
    }
    return names;
  }

  /** The text edits of the renames: whole-name mentions, and surnames of people. */
  private static List<NameEdits.Edit> edits(AnnotatedArticle original, Map<String, String> names) {
    List<int[]> spans = Spans.of(original);
    List<NameEdits.Edit> edits = new ArrayList<>();
    for (Entity e : original.entities()) {
      String name = names.get(e.id());
      if (name == null) {
        continue;
      }
      String oldSurname = lastWord(e.name());
      boolean surnames = e.type() == EntityType.PERSON && !oldSurname.equals(e.name());
      for (Mention m : e.mentions()) {
        String words =
            m.text().equals(e.name())
                ? name
                : surnames && m.text().equals(oldSurname) ? lastWord(name) : null;
        if (words != null && clear(m, spans, edits)) {
          edits.add(new NameEdits.Edit(m.start(), m.end(), words));
        }
      }
    }
    return edits;
  }

  /** Whether no fact starts or ends inside the mention and no edit overlaps it. */
  private static boolean clear(Mention m, List<int[]> spans, List<NameEdits.Edit> edits) {
    for (int[] span : spans) {
      if ((span[0] > m.start() && span[0] < m.end())
          || (span[1] > m.start() && span[1] < m.end())) {
        return false;
      }
    }
    return edits.stream().noneMatch(x -> x.start() < m.end() && x.end() > m.start());
  }

  /** Per type, the renamable names of the originals, those in the most articles first. */
  private static Map<EntityType, List<String>> pools(List<AnnotatedArticle> originals) {
    Map<EntityType, Map<String, Integer>> counts = new HashMap<>();
    for (AnnotatedArticle a : originals) {
      Set<String> seen = new HashSet<>();
      for (Entity e : a.entities()) {
        if (RENAMED.contains(e.type())
            && e.name().length() >= MIN_NAME_LENGTH
            && seen.add(e.name())) {
          counts.computeIfAbsent(e.type(), t -> new HashMap<>()).merge(e.name(), 1, Integer::sum);
        }
      }
    }
    Map<EntityType, List<String>> pools = new HashMap<>();
    counts.forEach(
        (type, byName) -> {
          List<String> names = new ArrayList<>(byName.keySet());
          names.sort(Comparator.<String>comparingInt(byName::get).reversed().thenComparing(n -> n));
          pools.put(type, List.copyOf(names));
        });
    return pools;
  }

  private static String lastWord(String name) {
    String trimmed = name.strip();
    return trimmed.substring(trimmed.lastIndexOf(' ') + 1);
  }

  private static String url(Article old, int n) {
    String base =
        old.url() != null
            ? old.url()
            : "https://variation.invalid/" + Integer.toHexString(old.source().hashCode());
    int fragment = base.indexOf('#');
    if (fragment >= 0) {
      base = base.substring(0, fragment);
    }
    return base + (base.contains("?") ? "&" : "?") + "variation=" + n;
  }

  private static String published(String old, LocalDate day) {
    return old == null || old.length() <= 10 ? day.toString() : day + old.substring(10);
  }

  private static Article withText(
      Article a, String source, String url, String title, String published, String text) {
    return new Article(
        source,
        url,
        title,
        a.authors(),
        published,
        a.language(),
        a.site(),
        a.dateline(),
        text,
        a.images());
  }
}

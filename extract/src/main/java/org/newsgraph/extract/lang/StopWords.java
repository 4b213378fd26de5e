package org.newsgraph.extract.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The most frequent function words of Latin-script languages, and which languages share each.
 * A word counts for a language in inverse proportion to how many languages have it, so {@code
 * the} says English loudly and {@code de} says little.
 */
final class StopWords {

  private static final Map<String, String> PROFILES =
      Map.ofEntries(
          Map.entry("en", "the and of to in is that it was for on are with as his they be at have"
              + " this from by had not but what were which their has been would will he she said"
              + " who an its or after also more than about"),
          Map.entry("de", "der die und den das von zu mit sich des auf für ist im dem nicht ein"
              + " eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind"
              + " noch wie einem über so zum war haben nur oder aber vor zur bis mehr durch"),
          Map.entry("fr", "le la les de des et en un une du est que qui dans pour pas au sur par"
              + " ne plus il se ce sont avec aux son ses mais ont été cette elle leur comme nous"
              + " vous était après aussi"),
          Map.entry("es", "el la de que y en los del se las por un para con no una su al es lo"
              + " como más pero sus le ha me sin sobre este ya entre cuando todo esta ser son"
              + " dos también fue había muy hasta desde está"),
          Map.entry("it", "il di che e la per un in del non una della è le si dei con da al sono"
              + " gli alla anche più ma nel come lo questo ha delle essere nella suo dal sua loro"
              + " stato degli"),
          Map.entry("pt", "de que e o da do em um para com não uma os no se na por mais as dos"
              + " como mas ao ele das à seu sua ou quando muito nos já também foi pelo pela até"
              + " isso ela entre depois são está"),
          Map.entry("nl", "de het een en van in is dat op te zijn met voor niet aan er om ook als"
              + " bij door maar uit dan of naar heeft nog wordt worden deze tot ze hij werd dit"
              + " kan was wel"),
          Map.entry("sv", "och i att det som en på är av för med till den har de inte om ett han"
              + " men var jag vi sig från så kan när efter vid eller också ska hade detta mot"
              + " under sina även"),
          Map.entry("da", "og i at det er en til på som de med af for ikke den har et der var"
              + " fra han men om kan vil også efter blev eller skal have når ved været jeg hun"
              + " sig mod deres være hvad meget kun mig nu"),
          Map.entry("no", "og i er det som en på til av for med at ikke har de den et om han var"
              + " fra men kan vil også etter ble eller skal når ved vært jeg hun seg mot deres"
              + " være hadde hva mye bare å meg"),
          Map.entry("fi", "ja on ei se että hän oli ovat mutta myös kun tai jos niin vain joka"
              + " sen olla ole sekä hänen kuin mukaan jo nyt vielä kaikki tämä siitä sitä ollut"
              + " voi"),
          Map.entry("pl", "i w nie się na z do to że jest o jak po co tak za od ale przez już"
              + " jego dla tego są może jej przy czy być oraz także który która które jednak"
              + " było"),
          Map.entry("cs", "a se na je v že to s z do o jako ale by pro jsou jeho který která"
              + " které také bylo byl však jen už podle při od po aby mezi jsem není ještě nebo"
              + " když kteří budou"),
          Map.entry("sk", "a sa na je v že to s z do o ako ale by pre sú jeho ktorý ktorá ktoré"
              + " tiež bolo bol však len už podľa pri od po aby medzi som nie aj ešte alebo keď"
              + " ktorí budú"),
          Map.entry("ro", "de și în la a cu pe nu care că o din se mai este pentru un au fost"
              + " sunt ca sau dar după acest această către lui ei fi prin"),
          Map.entry("hu", "a az és hogy nem is egy meg de van volt ez csak már még mint vagy el"
              + " ki azt fel lesz pedig majd miatt után kell szerint ha között most nagyon"),
          Map.entry("tr", "ve bir bu da de için ile olarak çok daha ne gibi en o kadar sonra"
              + " olan ama ya her değil var yok şey ben ki mı mi diye ancak göre içinde"),
          Map.entry("id", "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke"
              + " ada oleh karena bisa sudah saat tersebut kami mereka lebih telah atau seperti"
              + " kata hanya"),
          Map.entry("ca", "el la de i que en els les del per un una amb no és es va al com més"
              + " però també seva seu aquest aquesta dels han ha hi ser"),
          Map.entry("hr", "i je u da se na su za od s a o ne koji što kao iz do po ali će bi sa"
              + " to biti bio još samo nije kako koja koje"),
          Map.entry("vi", "và của là có không được các cho một những người trong với đã này để"
              + " khi cũng đến từ về như ra tại sẽ nhiều"));

  /** The languages that have a profile, in alphabetical order. */
  static final List<String> LANGUAGES = PROFILES.keySet().stream().sorted().toList();

  private static final int[] NONE = {};

  private static final Map<String, int[]> LANGUAGES_BY_WORD = index();

  private StopWords() {}

  /**
   * The {@link #LANGUAGES} indexes of the languages whose profile has {@code word} (lower case);
   * empty when none has it.
   */
  static int[] languagesOf(String word) {
    return LANGUAGES_BY_WORD.getOrDefault(word, NONE);
  }

  /** The {@link #LANGUAGES} index of {@code language}. */
  static int indexOf(String language) {
    int index = LANGUAGES.indexOf(language);
    if (index < 0) {
      throw new IllegalArgumentException("no stop words for language " + language);
    }
    return index;
  }

  private static Map<String, int[]> index() {
    Map<String, List<Integer>> index = new HashMap<>();
    for (String language : LANGUAGES) {
      for (String word : PROFILES.get(language).split(" ")) {
        List<Integer> languages = index.computeIfAbsent(word, w -> new ArrayList<>());
        if (!languages.contains(indexOf(language))) {
          languages.add(indexOf(language));
        }
      }
    }
    Map<String, int[]> arrays = new HashMap<>();
    index.forEach(
        (word, languages) ->
            arrays.put(word, languages.stream().mapToInt(Integer::intValue).toArray()));
    return Map.copyOf(arrays);
  }
}

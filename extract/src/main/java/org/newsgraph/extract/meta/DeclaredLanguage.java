package org.newsgraph.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The language a page declares: {@code <html lang>} or {@code xml:lang}, {@code
 * Content-Language}, a {@code language} meta tag, or {@code og:locale}, as an ISO 639-1 code
 * ({@code en-GB} and {@code en_US} become {@code en}).
 */
final class DeclaredLanguage {

  private static final Map<String, String> THREE_LETTER_AND_NAMES =
      Map.ofEntries(
          Map.entry("eng", "en"), Map.entry("english", "en"),
          Map.entry("deu", "de"), Map.entry("ger", "de"), Map.entry("german", "de"),
          Map.entry("deutsch", "de"),
          Map.entry("fra", "fr"), Map.entry("fre", "fr"), Map.entry("french", "fr"),
          Map.entry("français", "fr"),
          Map.entry("spa", "es"), Map.entry("spanish", "es"), Map.entry("español", "es"),
          Map.entry("ita", "it"), Map.entry("italian", "it"), Map.entry("italiano", "it"),
          Map.entry("por", "pt"), Map.entry("portuguese", "pt"), Map.entry("português", "pt"),
          Map.entry("nld", "nl"), Map.entry("dut", "nl"), Map.entry("dutch", "nl"),
          Map.entry("rus", "ru"), Map.entry("russian", "ru"),
          Map.entry("jpn", "ja"), Map.entry("japanese", "ja"),
          Map.entry("zho", "zh"), Map.entry("chi", "zh"), Map.entry("chinese", "zh"),
          Map.entry("kor", "ko"), Map.entry("korean", "ko"),
          Map.entry("ara", "ar"), Map.entry("arabic", "ar"));

  /** Codes ISO 639-1 has since replaced. */
  private static final Map<String, String> RENAMED =
      Map.of("iw", "he", "in", "id", "ji", "yi", "jw", "jv");

  private static final Evaluator HTML = Selector.evaluatorOf("html");

  private DeclaredLanguage() {}

  /** The declared ISO 639-1 code, or {@code null}. */
  static String find(Document doc, MetaTags meta) {
    List<String> declared = new ArrayList<>();
    Element html = doc.selectFirst(HTML);
    if (html != null) {
      declared.add(html.attr("lang"));
      declared.add(html.attr("xml:lang"));
    }
    meta.first("content-language").ifPresent(declared::add);
    meta.first("language", "dc.language", "dcterms.language").ifPresent(declared::add);
    meta.first("og:locale").ifPresent(declared::add);
    for (String value : declared) {
      String code = code(value);
      if (code != null) {
        return code;
      }
    }
    return null;
  }

  /** The ISO 639-1 code of a language tag or name, or {@code null}. */
  static String code(String value) {
    if (value == null) {
      return null;
    }
    String first = upTo(value.strip(), ",; \t\n\u000b\f\r").toLowerCase(Locale.ROOT);
    String primary = upTo(first, "-_");
    if (primary.length() == 2 && primary.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return RENAMED.getOrDefault(primary, primary);
    }
    return THREE_LETTER_AND_NAMES.get(primary);
  }

  /** {@code s} up to the first of {@code delimiters}, a char test instead of a split. */
  private static String upTo(String s, String delimiters) {
    for (int i = 0; i < s.length(); i++) {
      if (delimiters.indexOf(s.charAt(i)) >= 0) {
        return s.substring(0, i);
      }
    }
    return s;
  }
}

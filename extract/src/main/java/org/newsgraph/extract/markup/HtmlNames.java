package org.newsgraph.extract.markup;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The sets of element names the HTML tree construction rules refer to, as jsoup defines them. */
final class HtmlNames {

  private static final Set<String> SPECIAL =
      Set.of(
          "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound",
          "blockquote", "body", "br", "button", "caption", "center", "col", "colgroup", "dd",
          "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure",
          "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head",
          "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link",
          "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript",
          "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section",
          "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea",
          "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp");

  private static final Set<String> SCOPE_BOUNDARIES =
      Set.of(
          "applet", "caption", "html", "marquee", "object", "select", "table", "td", "template",
          "th");

  private static final Set<String> IMPLIED_END =
      Set.of("dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc");

  private static final Set<String> P_CLOSERS =
      Set.of(
          "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div",
          "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu",
          "nav", "ol", "p", "search", "section", "summary", "ul");

  private static final Set<String> BLOCK_CLOSERS =
      Set.of(
          "address", "article", "aside", "blockquote", "button", "center", "details", "dialog",
          "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup",
          "listing", "main", "menu", "nav", "ol", "pre", "search", "section", "summary", "ul");

  private static final Set<String> FORMATTING =
      Set.of(
          "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong",
          "tt", "u");

  private static final Set<String> FORM_LISTED =
      Set.of("button", "fieldset", "input", "keygen", "object", "output", "select", "textarea");

  private static final Set<String> DROPPED_IN_BODY =
      Set.of(
          "caption", "col", "colgroup", "frame", "head", "tbody", "td", "tfoot", "th", "thead",
          "tr");

  /** Flag of {@link #flagsOf}: the element is special. */
  static final int SPECIAL_FLAG = 1;

  /** Flag of {@link #flagsOf}: the element bounds the plain scope search. */
  static final int SCOPE_FLAG = 1 << 1;

  /** Flag of {@link #flagsOf}: the element's end tag is implied. */
  static final int IMPLIED_END_FLAG = 1 << 2;

  /** Flag of {@link #flagsOf}: the element is a heading. */
  static final int HEADING_FLAG = 1 << 3;

  private static final Map<String, Integer> FLAGS = flagTable();

  private HtmlNames() {}

  /** The flags of an element name, for searches of the stack that test many names. */
  static int flagsOf(String name) {
    return FLAGS.getOrDefault(name, 0);
  }

  private static Map<String, Integer> flagTable() {
    Map<String, Integer> flags = new HashMap<>();
    SPECIAL.forEach(name -> flags.merge(name, SPECIAL_FLAG, (a, b) -> a | b));
    SCOPE_BOUNDARIES.forEach(name -> flags.merge(name, SCOPE_FLAG, (a, b) -> a | b));
    IMPLIED_END.forEach(name -> flags.merge(name, IMPLIED_END_FLAG, (a, b) -> a | b));
    for (char level = '1'; level <= '6'; level++) {
      flags.merge("h" + level, HEADING_FLAG, (a, b) -> a | b);
    }
    return flags;
  }

  /** Start tags that close an open {@code p} first. */
  static boolean closesParagraph(String name) {
    return P_CLOSERS.contains(name);
  }

  /** End tags that close their element with everything open inside it. */
  static boolean closesBlock(String name) {
    return BLOCK_CLOSERS.contains(name);
  }

  /** Elements kept in the list of active formatting elements. */
  static boolean isFormatting(String name) {
    return FORMATTING.contains(name);
  }

  /** Form controls that belong to the form open when they are created. */
  static boolean isFormListed(String name) {
    return FORM_LISTED.contains(name);
  }

  /** Table parts, whose start tags are ignored outside a table. */
  static boolean isDroppedInBody(String name) {
    return DROPPED_IN_BODY.contains(name);
  }

  static boolean isWhitespace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!MarkupScanner.isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}

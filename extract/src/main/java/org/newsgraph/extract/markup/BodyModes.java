package org.newsgraph.extract.markup;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.jsoup.parser.Tag;
import org.newsgraph.extract.markup.MarkupScanner.RawText;
import org.newsgraph.extract.markup.MarkupScanner.Token;

/**
 * The in body insertion mode of HTML tree construction, as jsoup implements it: paragraphs,
 * lists, headings, forms, formatting and the rest of what pages are made of.
 */
final class BodyModes {

  private final FastTreeBuilder tree;
  private final MarkupScanner in;
  private final OpenElements open;
  private final ActiveFormatting formatting;

  BodyModes(FastTreeBuilder tree) {
    this.tree = tree;
    this.in = tree.in;
    this.open = tree.open;
    this.formatting = tree.formatting;
  }

  void inBody(Token token) {
    switch (token) {
      case TEXT -> {
        tree.reconstructFormatting();
        tree.insertText(in.text());
      }
      case COMMENT -> tree.insertComment();
      case START_TAG -> inBodyStartTag(in.name());
      case END_TAG -> inBodyEndTag(in.name());
      default -> {}
    }
  }

  void inBodyStartTag(String name) {
    switch (name) {
      case "a" -> {
        if (formatting.lastNamed("a") != null) {
          tree.adoption.run("a");
          Element left = open.find("a");
          if (left != null) {
            formatting.remove(left);
            open.remove(left);
          }
        }
        tree.reconstructFormatting();
        formatting.push(tree.insertFromToken());
      }
      case "span" -> {
        tree.reconstructFormatting();
        tree.insertFromToken();
      }
      case "li" -> {
        closeListItem("li", 1, false);
        closeParagraphInButtonScope();
        tree.insertFromToken();
      }
      case "dd", "dt" -> {
        closeListItem(null, Math.max(open.size() - 1 - 24, 0), true);
        closeParagraphInButtonScope();
        tree.insertFromToken();
      }
      case "html" -> tree.mergeAttributes(open.get(0));
      case "body" -> mergeIntoBody();
      case "form" -> {
        if (tree.form() != null) {
          return;
        }
        if (open.inButtonScope("p")) {
          open.close("p");
        }
        tree.form((FormElement) tree.insert(name, in.attributes(), false));
      }
      case "button" -> {
        if (open.inButtonScope("button")) {
          throw new Unsupported("<button> inside a <button>");
        }
        tree.reconstructFormatting();
        tree.insertFromToken();
      }
      case "input", "area", "br", "embed", "img", "keygen", "wbr" -> {
        tree.reconstructFormatting();
        tree.insertEmpty(name, in.attributes());
      }
      case "hr" -> {
        closeParagraphInButtonScope();
        tree.insertEmpty(name, in.attributes());
      }
      case "textarea" -> tree.insertRawText(name, RawText.RCDATA);
      case "xmp" -> {
        closeParagraphInButtonScope();
        tree.reconstructFormatting();
        tree.insertRawText(name, RawText.RAWTEXT);
      }
      case "iframe", "noembed" -> tree.insertRawText(name, RawText.RAWTEXT);
      case "noscript" -> {
        tree.reconstructFormatting();
        tree.startNoscript();
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        closeParagraphInButtonScope();
        if (!open.isEmpty() && open.has(open.size() - 1, HtmlNames.HEADING_FLAG)) {
          open.pop();
        }
        tree.insertFromToken();
      }
      case "pre", "listing" -> {
        closeParagraphInButtonScope();
        tree.insertFromToken();
        in.skipLineBreak();
      }
      case "optgroup", "option" -> {
        if (open.currentIs("option")) {
          inBodyEndTag("option");
        }
        tree.reconstructFormatting();
        tree.insertFromToken();
      }
      case "b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong", "tt", "u" -> {
        tree.reconstructFormatting();
        formatting.push(tree.insertFromToken());
      }
      case "select" -> {
        tree.reconstructFormatting();
        Element select = tree.insertFromToken();
        if (!in.selfClosing() && open.current() == select) {
          boolean inTable = tree.tables.isTableMode();
          tree.mode(inTable ? InsertionMode.IN_SELECT_IN_TABLE : InsertionMode.IN_SELECT);
        }
      }
      case "table" -> {
        if (tree.doc.quirksMode() != Document.QuirksMode.quirks) {
          closeParagraphInButtonScope();
        }
        tree.insertFromToken();
        tree.mode(InsertionMode.IN_TABLE);
      }
      case "nobr" -> {
        tree.reconstructFormatting();
        if (open.inScope("nobr")) {
          inBodyEndTag("nobr");
          tree.reconstructFormatting();
        }
        formatting.push(tree.insertFromToken());
      }
      case "image" -> {
        tree.reconstructFormatting();
        tree.insertEmpty("img", in.attributes());
      }
      case "frameset", "plaintext", "math", "svg", "rb",
          "rtc", "rp", "rt" -> throw new Unsupported("<" + name + ">");
      default -> otherStartTag(name);
    }
  }

  private void otherStartTag(String name) {
    Tag tag = tree.tag(name);
    if (tag.is(Tag.RcData) || tag.is(Tag.Data)) {
      tree.insertRawText(name, tree.rawTextOf(tag));
    } else if (!tag.isKnownTag()) {
      tree.reconstructFormatting();
      tree.insertFromToken();
    } else if (HtmlNames.closesParagraph(name)) {
      closeParagraphInButtonScope();
      tree.insertFromToken();
    } else if (name.equals("base") || name.equals("basefont") || name.equals("bgsound")
        || name.equals("command") || name.equals("link") || name.equals("meta")
        || name.equals("template")) {
      tree.inHeadStartTag();
    } else if (name.equals("applet") || name.equals("marquee") || name.equals("object")) {
      tree.reconstructFormatting();
      tree.insertFromToken();
      formatting.pushMarker();
    } else if (name.equals("param") || name.equals("source") || name.equals("track")) {
      tree.insertEmpty(name, in.attributes());
    } else if (!HtmlNames.isDroppedInBody(name)) {
      tree.reconstructFormatting();
      tree.insertFromToken();
    }
  }

  /**
   * Closes an open list item ({@code li}, or {@code dd}/{@code dt} when {@code name} is null)
   * found above the first special element other than address, div and p, searching down to
   * stack index {@code floor}.
   */
  private void closeListItem(String name, int floor, boolean definition) {
    for (int i = open.size() - 1; i >= floor; i--) {
      Element element = open.get(i);
      String elementName = element.normalName();
      boolean match =
          definition
              ? elementName.equals("dd") || elementName.equals("dt")
              : elementName.equals(name);
      if (match) {
        inBodyEndTag(elementName);
        return;
      }
      if (open.has(i, HtmlNames.SPECIAL_FLAG)
          && !elementName.equals("address")
          && !elementName.equals("div")
          && !elementName.equals("p")) {
        return;
      }
    }
  }

  void closeParagraphInButtonScope() {
    if (open.inButtonScope("p")) {
      inBodyEndTag("p");
    }
  }

  private void mergeIntoBody() {
    int size = open.size();
    if (size < 2 || (size > 2 && !open.get(1).normalName().equals("body"))) {
      return;
    }
    Element body = open.find("body");
    if (body != null) {
      tree.mergeAttributes(body);
    }
  }

  void inBodyEndTag(String name) {
    switch (name) {
      case "template" -> throw new Unsupported("</template>");
      case "br" -> {
        tree.reconstructFormatting();
        tree.insertEmpty("br", null);
      }
      case "li" -> {
        if (open.inListItemScope(name)) {
          open.close(name);
        }
      }
      case "dd", "dt" -> {
        if (open.inScope(name)) {
          open.close(name);
        }
      }
      case "body" -> {
        if (open.inScope("body")) {
          tree.mode(InsertionMode.AFTER_BODY);
        }
      }
      case "html" -> {
        if (open.find("body") != null) {
          tree.mode(InsertionMode.AFTER_BODY);
          tree.afterBody(Token.END_TAG);
        }
      }
      case "form" -> closeForm();
      case "p" -> {
        if (!open.inButtonScope("p")) {
          tree.insert("p", null, false);
        }
        open.close("p");
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        if (open.headingInScope()) {
          open.generateImpliedEndTags(name);
          open.popUntilHeadingClosed();
        }
      }
      default -> otherEndTag(name);
    }
  }

  private void closeForm() {
    FormElement current = tree.form();
    tree.form(null);
    if (current == null || !open.inScope("form")) {
      return;
    }
    open.generateImpliedEndTags(null);
    open.remove(current);
  }

  private void otherEndTag(String name) {
    if (HtmlNames.isFormatting(name)) {
      tree.adoption.run(name);
    } else if (HtmlNames.closesBlock(name)) {
      if (open.inScope(name)) {
        open.generateImpliedEndTags(null);
        open.popUntilClosed(name);
      }
    } else if (name.equals("applet") || name.equals("marquee") || name.equals("object")) {
      if (!open.inScope("name") && open.inScope(name)) {
        open.generateImpliedEndTags(null);
        open.popUntilClosed(name);
        formatting.clearToLastMarker();
      }
    } else {
      anyOtherEndTag(name);
    }
  }

  void anyOtherEndTag(String name) {
    if (open.find(name) == null) {
      return;
    }
    for (int i = open.size() - 1; i >= 0; i--) {
      if (open.get(i).normalName().equals(name)) {
        open.close(name);
        return;
      }
      if (open.has(i, HtmlNames.SPECIAL_FLAG)) {
        return;
      }
    }
  }
}

package org.newsgraph.extract.markup;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.parser.TagSet;
import org.newsgraph.extract.markup.MarkupScanner.RawText;
import org.newsgraph.extract.markup.MarkupScanner.Token;

/**
 * Builds a jsoup {@link Document} from {@link MarkupScanner}'s tokens with the insertion modes of
 * HTML tree construction that pages outside tables, frames, templates, selects and foreign content
 * need, each as jsoup implements it, deviations from the standard included. Anything else (a
 * table, an end tag that needs the adoption agency, nesting deeper than jsoup allows...) throws
 * {@link Unsupported}.
 */
final class FastTreeBuilder {

  private static final int MAX_DEPTH = 500;

  /** The insertion modes this builder implements. */
  private enum Mode {
    INITIAL,
    BEFORE_HTML,
    BEFORE_HEAD,
    IN_HEAD,
    AFTER_HEAD,
    IN_BODY,
    IN_SELECT,
    IN_SELECT_IN_TABLE,
    IN_TABLE,
    IN_CAPTION,
    IN_COLUMN_GROUP,
    IN_TABLE_BODY,
    IN_ROW,
    IN_CELL,
    AFTER_BODY,
    AFTER_AFTER_BODY
  }

  private final MarkupScanner in;
  private final Document doc;
  private final TagSet tagSet;
  private final Map<String, Tag> tags = new HashMap<>();
  private final OpenElements open = new OpenElements();
  private final ActiveFormatting formatting = new ActiveFormatting();
  private Mode mode = Mode.INITIAL;
  private Element head;
  private FormElement form;
  private Element noscript;
  private FormElement formOutsideNoscript;
  private boolean baseSeen;
  private boolean fostering;

  FastTreeBuilder(String html, String baseUri) {
    Parser parser = Parser.htmlParser();
    this.in = new MarkupScanner(html);
    this.doc = new Document(Parser.NamespaceHtml, baseUri);
    this.doc.parser(parser);
    this.tagSet = parser.tagSet();
  }

  /** Builds the whole document. */
  Document build() {
    for (Token token = in.next(); token != Token.END_OF_FILE; token = in.next()) {
      process(token);
    }
    if (noscript != null) {
      endNoscript();
    }
    process(Token.END_OF_FILE);
    return doc;
  }

  private void process(Token token) {
    if (noscript != null) {
      inNoscript(token);
      return;
    }
    if (token == Token.TEXT
        && mode != Mode.IN_BODY
        && mode != Mode.IN_SELECT
        && mode != Mode.IN_SELECT_IN_TABLE
        && mode != Mode.IN_CELL
        && mode != Mode.IN_CAPTION
        && in.splitLeadingWhitespace()) {
      process(token);
      in.takeRestOfText();
    }
    switch (mode) {
      case INITIAL -> initial(token);
      case BEFORE_HTML -> beforeHtml(token);
      case BEFORE_HEAD -> beforeHead(token);
      case IN_HEAD -> inHead(token);
      case AFTER_HEAD -> afterHead(token);
      case IN_BODY -> inBody(token);
      case IN_SELECT -> inSelect(token);
      case IN_SELECT_IN_TABLE -> inSelectInTable(token);
      case IN_TABLE -> inTable(token);
      case IN_CAPTION -> inCaption(token);
      case IN_COLUMN_GROUP -> inColumnGroup(token);
      case IN_TABLE_BODY -> inTableBody(token);
      case IN_ROW -> inRow(token);
      case IN_CELL -> inCell(token);
      case AFTER_BODY -> afterBody(token);
      case AFTER_AFTER_BODY -> afterAfterBody(token);
      default -> throw new IllegalStateException(mode.name());
    }
  }

  private boolean isWhitespace(Token token) {
    return token == Token.TEXT && HtmlNames.isWhitespace(in.text());
  }

  private boolean isStart(Token token, String name) {
    return token == Token.START_TAG && in.name().equals(name);
  }

  private void initial(Token token) {
    if (isWhitespace(token)) {
      return;
    }
    if (token == Token.COMMENT) {
      doc.appendChild(new Comment(in.text()));
    } else if (token == Token.DOCTYPE) {
      DocumentType doctype = new DocumentType(in.name(), in.publicId(), in.systemId());
      doctype.setPubSysKey(in.pubSysKey());
      doc.appendChild(doctype);
      if (!in.name().equals("html") || in.publicId().equalsIgnoreCase("HTML")) {
        doc.quirksMode(Document.QuirksMode.quirks);
      }
      mode = Mode.BEFORE_HTML;
    } else {
      doc.quirksMode(Document.QuirksMode.quirks);
      mode = Mode.BEFORE_HTML;
      process(token);
    }
  }

  private void beforeHtml(Token token) {
    if (token == Token.DOCTYPE) {
      return;
    }
    if (token == Token.COMMENT) {
      insertComment();
    } else if (isWhitespace(token)) {
      insertText(in.text());
    } else if (isStart(token, "html")) {
      insert("html", in.attributes(), in.selfClosing());
      mode = Mode.BEFORE_HEAD;
    } else if (token == Token.END_TAG && !endsBeforeHead(in.name())) {
      return;
    } else {
      insert("html", null, false);
      mode = Mode.BEFORE_HEAD;
      process(token);
    }
  }

  private static boolean endsBeforeHead(String name) {
    return name.equals("body") || name.equals("br") || name.equals("head") || name.equals("html");
  }

  private void beforeHead(Token token) {
    if (isWhitespace(token)) {
      insertText(in.text());
    } else if (token == Token.COMMENT) {
      insertComment();
    } else if (token == Token.DOCTYPE) {
      return;
    } else if (isStart(token, "html")) {
      mergeAttributes(open.get(0));
    } else if (isStart(token, "head")) {
      head = insert("head", in.attributes(), in.selfClosing());
      mode = Mode.IN_HEAD;
    } else if (token == Token.END_TAG && !endsBeforeHead(in.name())) {
      return;
    } else {
      head = insert("head", null, false);
      mode = Mode.IN_HEAD;
      process(token);
    }
  }

  private void inHead(Token token) {
    if (isWhitespace(token)) {
      insertText(in.text());
      return;
    }
    switch (token) {
      case COMMENT -> insertComment();
      case DOCTYPE -> {}
      case START_TAG -> {
        if (!inHeadStartTag()) {
          leaveHead(token);
        }
      }
      case END_TAG -> {
        String name = in.name();
        if (name.equals("head")) {
          open.pop();
          mode = Mode.AFTER_HEAD;
        } else if (name.equals("body") || name.equals("html") || name.equals("br")) {
          leaveHead(token);
        } else if (name.equals("template")) {
          throw new Unsupported("</template> in the head");
        }
      }
      default -> leaveHead(token);
    }
  }

  private void leaveHead(Token token) {
    open.pop();
    mode = Mode.AFTER_HEAD;
    process(token);
  }

  /** The start tags the head takes; false for one that ends the head. */
  private boolean inHeadStartTag() {
    String name = in.name();
    switch (name) {
      case "html" -> mergeAttributes(open.get(0));
      case "base", "basefont", "bgsound", "command", "link" -> {
        Element element = insertEmpty(name, in.attributes());
        if (name.equals("base") && element.hasAttr("href")) {
          setBaseUri(element);
        }
      }
      case "meta" -> insertEmpty(name, in.attributes());
      case "title" -> insertRawText(name, RawText.RCDATA);
      case "noframes", "style" -> insertRawText(name, RawText.RAWTEXT);
      case "noscript" -> startNoscript();
      case "script" -> insertRawText(name, RawText.SCRIPT);
      case "head" -> {}
      case "template" -> throw new Unsupported("template");
      default -> {
        return false;
      }
    }
    return true;
  }

  private void setBaseUri(Element base) {
    if (baseSeen) {
      return;
    }
    String href = base.absUrl("href");
    if (!href.isEmpty()) {
      baseSeen = true;
      doc.setBaseUri(href);
    }
  }

  private void afterHead(Token token) {
    if (isWhitespace(token)) {
      insertText(in.text());
    } else if (token == Token.COMMENT) {
      insertComment();
    } else if (token == Token.DOCTYPE) {
      return;
    } else if (token == Token.START_TAG) {
      afterHeadStartTag(token);
    } else if (token == Token.END_TAG) {
      String name = in.name();
      if (name.equals("body") || name.equals("br") || name.equals("html")) {
        impliedBody(token);
      } else if (name.equals("template")) {
        throw new Unsupported("template");
      }
    } else {
      impliedBody(token);
    }
  }

  private void afterHeadStartTag(Token token) {
    String name = in.name();
    switch (name) {
      case "html" -> mergeAttributes(open.get(0));
      case "body" -> {
        insert("body", in.attributes(), in.selfClosing());
        mode = Mode.IN_BODY;
      }
      case "frameset" -> throw new Unsupported("frameset");
      case "base", "basefont", "bgsound", "command", "link", "meta", "noframes", "script",
          "style", "template", "title" -> {
        open.push(head);
        inHeadStartTag();
        open.remove(head);
      }
      case "head" -> {}
      default -> impliedBody(token);
    }
  }

  private void impliedBody(Token token) {
    insert("body", null, false);
    mode = Mode.IN_BODY;
    process(token);
  }

  private void inBody(Token token) {
    switch (token) {
      case TEXT -> {
        reconstructFormatting();
        insertText(in.text());
      }
      case COMMENT -> insertComment();
      case START_TAG -> inBodyStartTag(in.name());
      case END_TAG -> inBodyEndTag(in.name());
      default -> {}
    }
  }

  private void inBodyStartTag(String name) {
    switch (name) {
      case "a" -> {
        if (formatting.lastNamed("a") != null) {
          adoptionAgency("a");
          Element left = open.find("a");
          if (left != null) {
            formatting.remove(left);
            open.remove(left);
          }
        }
        reconstructFormatting();
        formatting.push(insertFromToken());
      }
      case "span" -> {
        reconstructFormatting();
        insertFromToken();
      }
      case "li" -> {
        closeListItem("li", 1, false);
        closeParagraphInButtonScope();
        insertFromToken();
      }
      case "dd", "dt" -> {
        closeListItem(null, Math.max(open.size() - 1 - 24, 0), true);
        closeParagraphInButtonScope();
        insertFromToken();
      }
      case "html" -> mergeAttributes(open.get(0));
      case "body" -> mergeIntoBody();
      case "form" -> {
        if (form != null) {
          return;
        }
        if (open.inButtonScope("p")) {
          open.close("p");
        }
        form = (FormElement) insert(name, in.attributes(), false);
      }
      case "button" -> {
        if (open.inButtonScope("button")) {
          throw new Unsupported("<button> inside a <button>");
        }
        reconstructFormatting();
        insertFromToken();
      }
      case "input", "area", "br", "embed", "img", "keygen", "wbr" -> {
        reconstructFormatting();
        insertEmpty(name, in.attributes());
      }
      case "hr" -> {
        closeParagraphInButtonScope();
        insertEmpty(name, in.attributes());
      }
      case "textarea" -> insertRawText(name, RawText.RCDATA);
      case "xmp" -> {
        closeParagraphInButtonScope();
        reconstructFormatting();
        insertRawText(name, RawText.RAWTEXT);
      }
      case "iframe", "noembed" -> insertRawText(name, RawText.RAWTEXT);
      case "noscript" -> {
        reconstructFormatting();
        startNoscript();
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        closeParagraphInButtonScope();
        if (!open.isEmpty() && open.has(open.size() - 1, HtmlNames.HEADING_FLAG)) {
          open.pop();
        }
        insertFromToken();
      }
      case "pre", "listing" -> {
        closeParagraphInButtonScope();
        insertFromToken();
        in.skipLineBreak();
      }
      case "optgroup", "option" -> {
        if (open.currentIs("option")) {
          inBodyEndTag("option");
        }
        reconstructFormatting();
        insertFromToken();
      }
      case "b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong", "tt", "u" -> {
        reconstructFormatting();
        formatting.push(insertFromToken());
      }
      case "select" -> {
        reconstructFormatting();
        Element select = insertFromToken();
        if (!in.selfClosing() && open.current() == select) {
          mode = isTableMode() ? Mode.IN_SELECT_IN_TABLE : Mode.IN_SELECT;
        }
      }
      case "table" -> {
        if (doc.quirksMode() != Document.QuirksMode.quirks) {
          closeParagraphInButtonScope();
        }
        insertFromToken();
        mode = Mode.IN_TABLE;
      }
      case "nobr" -> {
        reconstructFormatting();
        if (open.inScope("nobr")) {
          inBodyEndTag("nobr");
          reconstructFormatting();
        }
        formatting.push(insertFromToken());
      }
      case "frameset", "plaintext", "image", "math", "svg", "rb",
          "rtc", "rp", "rt" -> throw new Unsupported("<" + name + ">");
      default -> otherStartTag(name);
    }
  }

  private void otherStartTag(String name) {
    Tag tag = tag(name);
    if (tag.is(Tag.RcData) || tag.is(Tag.Data)) {
      insertRawText(name, rawTextOf(tag));
    } else if (!tag.isKnownTag()) {
      reconstructFormatting();
      insertFromToken();
    } else if (HtmlNames.closesParagraph(name)) {
      closeParagraphInButtonScope();
      insertFromToken();
    } else if (name.equals("base") || name.equals("basefont") || name.equals("bgsound")
        || name.equals("command") || name.equals("link") || name.equals("meta")
        || name.equals("template")) {
      inHeadStartTag();
    } else if (name.equals("applet") || name.equals("marquee") || name.equals("object")) {
      reconstructFormatting();
      insertFromToken();
      formatting.pushMarker();
    } else if (name.equals("param") || name.equals("source") || name.equals("track")) {
      insertEmpty(name, in.attributes());
    } else if (!HtmlNames.isDroppedInBody(name)) {
      reconstructFormatting();
      insertFromToken();
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
          definition ? elementName.equals("dd") || elementName.equals("dt") : elementName.equals(name);
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

  private void closeParagraphInButtonScope() {
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
      mergeAttributes(body);
    }
  }

  private void inBodyEndTag(String name) {
    switch (name) {
      case "template" -> throw new Unsupported("</template>");
      case "br" -> {
        reconstructFormatting();
        insertEmpty("br", null);
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
          mode = Mode.AFTER_BODY;
        }
      }
      case "html" -> {
        if (open.find("body") != null) {
          mode = Mode.AFTER_BODY;
          afterBody(Token.END_TAG);
        }
      }
      case "form" -> closeForm();
      case "p" -> {
        if (!open.inButtonScope("p")) {
          insert("p", null, false);
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
    FormElement current = form;
    form = null;
    if (current == null || !open.inScope("form")) {
      return;
    }
    open.generateImpliedEndTags(null);
    open.remove(current);
  }

  private void otherEndTag(String name) {
    if (HtmlNames.isFormatting(name)) {
      adoptionAgency(name);
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

  private void anyOtherEndTag(String name) {
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

  /**
   * The adoption agency algorithm, run for the end tag of a formatting element, as jsoup 1.24.1
   * runs it: it walks the stack by index, recreates elements with their attributes, and keeps the
   * bookmark as an element.
   */
  private void adoptionAgency(String name) {
    if (open.currentIs(name) && !formatting.contains(open.current())) {
      open.pop();
      return;
    }
    for (int outer = 0; outer < 8; outer++) {
      Element formattingElement = formatting.lastNamed(name);
      if (formattingElement == null) {
        anyOtherEndTag(name);
        return;
      }
      int formattingIndex = open.indexOf(formattingElement);
      if (formattingIndex < 0) {
        formatting.remove(formattingElement);
        return;
      }
      if (!open.inScope(formattingElement)) {
        return;
      }
      int furthestIndex = formattingIndex + 1;
      while (furthestIndex < open.size() && !open.has(furthestIndex, HtmlNames.SPECIAL_FLAG)) {
        furthestIndex++;
      }
      if (furthestIndex == open.size()) {
        while (open.pop() != formattingElement) {
          // pops the elements opened inside the formatting element
        }
        formatting.remove(formattingElement);
        return;
      }
      if (formattingIndex == 0 || !adopt(formattingElement, formattingIndex, furthestIndex)) {
        return;
      }
    }
  }

  /** One round of the agency's outer loop; false when it ends the algorithm. */
  private boolean adopt(Element formattingElement, int formattingIndex, int furthestIndex) {
    Element commonAncestor = open.get(formattingIndex - 1);
    Element furthestBlock = open.get(furthestIndex);
    if (fostering && isTableSection(commonAncestor.normalName())) {
      throw new Unsupported("adoption agency fostering out of a table");
    }
    Element bookmark = formattingElement;
    Element lastNode = furthestBlock;
    int inner = 0;
    for (int index = furthestIndex - 1; ; index--) {
      inner++;
      if (index < 0 || index >= open.size()) {
        return false;
      }
      Element node = open.get(index);
      if (node == formattingElement) {
        break;
      }
      if (inner > 3) {
        formatting.remove(node);
      }
      if (!formatting.contains(node)) {
        open.remove(node);
        continue;
      }
      Element replacement = recreate(node);
      formatting.replace(node, replacement);
      open.set(index, replacement);
      if (lastNode == furthestBlock) {
        bookmark = replacement;
      }
      replacement.appendChild(lastNode);
      lastNode = replacement;
    }
    if (!isInside(commonAncestor, lastNode)) {
      commonAncestor.appendChild(lastNode);
    } else {
      lastNode.remove();
    }
    Element adopter = recreate(formattingElement);
    adopter.appendChildren(furthestBlock.childNodes());
    furthestBlock.appendChild(adopter);
    formatting.replaceAtBookmark(formattingElement, adopter, bookmark);
    open.remove(formattingElement);
    open.insertAfter(furthestBlock, adopter);
    return true;
  }

  private static boolean isInside(Element element, Element ancestor) {
    for (Element at = element; at != null; at = at.parent()) {
      if (at == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static Element recreate(Element element) {
    return new Element(element.tag(), null, element.attributes().clone());
  }

  private void inSelect(Token token) {
    switch (token) {
      case TEXT -> insertText(in.text());
      case COMMENT -> insertComment();
      case START_TAG -> inSelectStartTag(in.name());
      case END_TAG -> inSelectEndTag(in.name());
      default -> {}
    }
  }

  /** A select in a table: a table tag closes the select, then counts for the table. */
  private void inSelectInTable(Token token) {
    boolean tag = token == Token.START_TAG || token == Token.END_TAG;
    if (tag && closesSelectInTable(in.name())) {
      if (token == Token.START_TAG || inTableScope(in.name())) {
        open.popUntilClosed("select");
        resetInsertionMode();
        process(token);
      }
    } else {
      inSelect(token);
    }
  }

  private static boolean closesSelectInTable(String name) {
    return switch (name) {
      case "caption", "table", "tbody", "td", "tfoot", "th", "thead", "tr" -> true;
      default -> false;
    };
  }

  private void inSelectStartTag(String name) {
    switch (name) {
      case "option" -> {
        if (open.currentIs("option")) {
          open.pop();
        }
        insertFromToken();
      }
      case "optgroup" -> {
        if (open.currentIs("option")) {
          open.pop();
        }
        if (open.currentIs("optgroup")) {
          open.pop();
        }
        insertFromToken();
      }
      case "select" -> inSelectEndTag("select");
      case "script" -> insertRawText(name, RawText.SCRIPT);
      default -> throw new Unsupported("<" + name + "> inside a select");
    }
  }

  private void inSelectEndTag(String name) {
    switch (name) {
      case "optgroup" -> {
        if (open.currentIs("option")
            && open.size() > 1
            && open.get(open.size() - 2).normalName().equals("optgroup")) {
          open.pop();
        }
        if (open.currentIs("optgroup")) {
          open.pop();
        }
      }
      case "option" -> {
        if (open.currentIs("option")) {
          open.pop();
        }
      }
      case "select" -> {
        if (inSelectScope()) {
          open.popUntilClosed("select");
          resetInsertionMode();
        }
      }
      default -> throw new Unsupported("</" + name + "> inside a select");
    }
  }

  /** Whether a select is open with nothing but options and option groups inside it. */
  private boolean inSelectScope() {
    for (int i = open.size() - 1; i >= 0; i--) {
      String name = open.get(i).normalName();
      if (name.equals("select")) {
        return true;
      }
      if (!name.equals("option") && !name.equals("optgroup")) {
        return false;
      }
    }
    return false;
  }

  /** Picks the insertion mode from the open elements, after a select or a table closes. */
  private void resetInsertionMode() {
    for (int i = open.size() - 1; i >= 0; i--) {
      boolean last = i == 0;
      switch (open.get(i).normalName()) {
        case "select" -> {
          mode = Mode.IN_SELECT;
          return;
        }
        case "td", "th" -> {
          if (!last) {
            mode = Mode.IN_CELL;
            return;
          }
        }
        case "tr" -> {
          mode = Mode.IN_ROW;
          return;
        }
        case "tbody", "thead", "tfoot" -> {
          mode = Mode.IN_TABLE_BODY;
          return;
        }
        case "caption" -> {
          mode = Mode.IN_CAPTION;
          return;
        }
        case "colgroup" -> {
          mode = Mode.IN_COLUMN_GROUP;
          return;
        }
        case "table" -> {
          mode = Mode.IN_TABLE;
          return;
        }
        case "template", "frameset" -> throw new Unsupported("template or frameset open");
        case "head" -> {
          if (!last) {
            mode = Mode.IN_HEAD;
            return;
          }
        }
        case "body" -> {
          mode = Mode.IN_BODY;
          return;
        }
        case "html" -> {
          mode = head == null ? Mode.BEFORE_HEAD : Mode.AFTER_HEAD;
          return;
        }
        default -> {}
      }
      if (last) {
        mode = Mode.IN_BODY;
        return;
      }
    }
    mode = Mode.IN_BODY;
  }

  private boolean isTableMode() {
    return mode == Mode.IN_TABLE
        || mode == Mode.IN_CAPTION
        || mode == Mode.IN_TABLE_BODY
        || mode == Mode.IN_ROW
        || mode == Mode.IN_CELL;
  }

  private void inTable(Token token) {
    switch (token) {
      case TEXT -> {
        if (!isTableSection(open.current().normalName()) || !HtmlNames.isWhitespace(in.text())) {
          throw new Unsupported("text to foster out of a table");
        }
        insertText(in.text());
      }
      case COMMENT -> insertComment();
      case START_TAG -> inTableStartTag(in.name(), token);
      case END_TAG -> inTableEndTag(in.name());
      default -> {}
    }
  }

  private static boolean isTableSection(String name) {
    return name.equals("table") || name.equals("tbody") || name.equals("tfoot")
        || name.equals("thead") || name.equals("tr");
  }

  private void inTableStartTag(String name, Token token) {
    switch (name) {
      case "caption" -> {
        clearStackBackTo("table", null, null);
        formatting.pushMarker();
        insertFromToken();
        mode = Mode.IN_CAPTION;
      }
      case "colgroup" -> {
        clearStackBackTo("table", null, null);
        insertFromToken();
        mode = Mode.IN_COLUMN_GROUP;
      }
      case "col" -> {
        clearStackBackTo("table", null, null);
        insert("colgroup", null, false);
        mode = Mode.IN_COLUMN_GROUP;
        process(token);
      }
      case "tbody", "tfoot", "thead" -> {
        clearStackBackTo("table", null, null);
        insertFromToken();
        mode = Mode.IN_TABLE_BODY;
      }
      case "td", "th", "tr" -> {
        clearStackBackTo("table", null, null);
        insert("tbody", null, false);
        mode = Mode.IN_TABLE_BODY;
        process(token);
      }
      case "script", "style", "template" -> inHeadStartTag();
      case "noscript" -> startNoscript();
      case "input" -> {
        Attributes attributes = in.attributes();
        if (attributes == null || !attributes.get("type").equalsIgnoreCase("hidden")) {
          throw new Unsupported("<input> to foster out of a table");
        }
        insertEmpty(name, attributes);
      }
      case "form" -> {
        if (form == null) {
          form = (FormElement) insert(name, in.attributes(), false);
          open.pop();
        }
      }
      default -> throw new Unsupported("<" + name + "> to foster out of a table");
    }
  }

  private void inTableEndTag(String name) {
    switch (name) {
      case "table" -> {
        if (inTableScope("table")) {
          open.popUntilClosed("table");
          resetInsertionMode();
        }
      }
      case "body", "caption", "col", "colgroup", "html", "tbody", "td", "tfoot", "th", "thead",
          "tr" -> {}
      case "p", "br", "template" -> throw new Unsupported("</" + name + "> in a table");
      default -> {
        fostering = true;
        inBodyEndTag(name);
        fostering = false;
      }
    }
  }

  private void inCaption(Token token) {
    String name = token == Token.START_TAG || token == Token.END_TAG ? in.name() : "";
    if (token == Token.END_TAG && name.equals("caption")) {
      if (closeCaption()) {
        return;
      }
    } else if ((token == Token.START_TAG && isTablePartOrCell(name))
        || (token == Token.END_TAG && name.equals("table"))) {
      if (closeCaption()) {
        inTable(token);
      }
    } else if (token == Token.END_TAG && (isTablePartOrCell(name) && !name.equals("caption")
        || name.equals("body") || name.equals("html"))) {
      return;
    } else {
      inBody(token);
    }
  }

  /** Closes the open caption; false when there is none in table scope. */
  private boolean closeCaption() {
    if (!inTableScope("caption")) {
      return false;
    }
    open.generateImpliedEndTags(null);
    open.popUntilClosed("caption");
    formatting.clearToLastMarker();
    mode = Mode.IN_TABLE;
    return true;
  }

  private static boolean isTablePartOrCell(String name) {
    return switch (name) {
      case "caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr" -> true;
      default -> false;
    };
  }

  private void inColumnGroup(Token token) {
    if (isWhitespace(token)) {
      insertText(in.text());
      return;
    }
    switch (token) {
      case COMMENT -> insertComment();
      case DOCTYPE -> {}
      case START_TAG -> {
        switch (in.name()) {
          case "html" -> mergeAttributes(open.get(0));
          case "col" -> insertEmpty("col", in.attributes());
          case "template" -> throw new Unsupported("template");
          default -> leaveColumnGroup(token);
        }
      }
      case END_TAG -> {
        switch (in.name()) {
          case "colgroup" -> {
            if (open.currentIs("colgroup")) {
              open.pop();
              mode = Mode.IN_TABLE;
            }
          }
          case "template" -> throw new Unsupported("template");
          default -> leaveColumnGroup(token);
        }
      }
      default -> leaveColumnGroup(token);
    }
  }

  private void leaveColumnGroup(Token token) {
    if (open.currentIs("colgroup")) {
      open.pop();
      mode = Mode.IN_TABLE;
      process(token);
    }
  }

  private void inTableBody(Token token) {
    String name = token == Token.START_TAG || token == Token.END_TAG ? in.name() : "";
    if (token == Token.START_TAG) {
      switch (name) {
        case "tr" -> {
          clearStackBackTo("tbody", "tfoot", "thead");
          insertFromToken();
          mode = Mode.IN_ROW;
        }
        case "td", "th" -> {
          clearStackBackTo("tbody", "tfoot", "thead");
          insert("tr", null, false);
          mode = Mode.IN_ROW;
          process(token);
        }
        case "caption", "col", "colgroup", "tbody", "tfoot", "thead" -> leaveTableBody(token);
        default -> inTable(token);
      }
    } else if (token == Token.END_TAG) {
      switch (name) {
        case "tbody", "tfoot", "thead" -> {
          if (inTableScope(name)) {
            closeTableBody();
          }
        }
        case "table" -> leaveTableBody(token);
        case "body", "caption", "col", "colgroup", "html", "td", "th", "tr" -> {}
        default -> inTable(token);
      }
    } else {
      inTable(token);
    }
  }

  private void leaveTableBody(Token token) {
    if (!inTableScope("tbody") && !inTableScope("thead") && !inTableScope("tfoot")) {
      return;
    }
    closeTableBody();
    process(token);
  }

  private void closeTableBody() {
    clearStackBackTo("tbody", "tfoot", "thead");
    open.pop();
    mode = Mode.IN_TABLE;
  }

  private void inRow(Token token) {
    String name = token == Token.START_TAG || token == Token.END_TAG ? in.name() : "";
    if (token == Token.START_TAG) {
      switch (name) {
        case "td", "th" -> {
          clearStackBackTo("tr", null, null);
          insertFromToken();
          mode = Mode.IN_CELL;
          formatting.pushMarker();
        }
        case "caption", "col", "colgroup", "tbody", "tfoot", "thead", "tr" -> {
          if (closeRow()) {
            process(token);
          }
        }
        default -> inTable(token);
      }
    } else if (token == Token.END_TAG) {
      switch (name) {
        case "tr" -> closeRow();
        case "table" -> {
          if (closeRow()) {
            process(token);
          }
        }
        case "tbody", "tfoot", "thead" -> {
          if (inTableScope(name) && closeRow()) {
            process(token);
          }
        }
        case "body", "caption", "col", "colgroup", "html", "td", "th" -> {}
        default -> inTable(token);
      }
    } else {
      inTable(token);
    }
  }

  /** Closes the open row; false when there is none in table scope. */
  private boolean closeRow() {
    if (!inTableScope("tr")) {
      return false;
    }
    clearStackBackTo("tr", null, null);
    open.pop();
    mode = Mode.IN_TABLE_BODY;
    return true;
  }

  private void inCell(Token token) {
    String name = token == Token.START_TAG || token == Token.END_TAG ? in.name() : "";
    if (token == Token.END_TAG) {
      switch (name) {
        case "td", "th" -> {
          if (inTableScope(name)) {
            open.generateImpliedEndTags(null);
            open.popUntilClosed(name);
            formatting.clearToLastMarker();
          }
          mode = Mode.IN_ROW;
        }
        case "body", "caption", "col", "colgroup", "html" -> {}
        case "table", "tbody", "tfoot", "thead", "tr" -> {
          if (inTableScope(name)) {
            closeCell();
            process(token);
          }
        }
        default -> inBody(token);
      }
    } else if (token == Token.START_TAG && isTablePartOrCell(name)) {
      if (inTableScope("td") || inTableScope("th")) {
        closeCell();
        process(token);
      }
    } else {
      inBody(token);
    }
  }

  private void closeCell() {
    String cell = inTableScope("td") ? "td" : "th";
    open.generateImpliedEndTags(null);
    open.popUntilClosed(cell);
    formatting.clearToLastMarker();
    mode = Mode.IN_ROW;
  }

  /** Pops elements until the current node is one of the names given (null for none), or html. */
  private void clearStackBackTo(String first, String second, String third) {
    while (!open.isEmpty()) {
      String name = open.current().normalName();
      if (name.equals(first) || name.equals(second) || name.equals(third)
          || name.equals("template") || name.equals("html")) {
        return;
      }
      open.pop();
    }
  }

  private boolean inTableScope(String name) {
    for (int i = open.size() - 1; i >= 0; i--) {
      String openName = open.get(i).normalName();
      if (openName.equals(name)) {
        return true;
      }
      if (openName.equals("html") || openName.equals("table") || openName.equals("template")) {
        return false;
      }
    }
    return false;
  }

  private void afterBody(Token token) {
    Element html = open.find("html");
    if (isWhitespace(token)) {
      html.appendChild(new TextNode(in.text()));
    } else if (token == Token.COMMENT) {
      html.appendChild(new Comment(in.text()));
    } else if (token == Token.DOCTYPE) {
      return;
    } else if (isStart(token, "html")) {
      mergeAttributes(open.get(0));
    } else if (token == Token.END_TAG && in.name().equals("html")) {
      mode = Mode.AFTER_AFTER_BODY;
    } else if (token != Token.END_OF_FILE) {
      backToBody(token);
    }
  }

  private void afterAfterBody(Token token) {
    if (token == Token.COMMENT) {
      doc.appendChild(new Comment(in.text()));
    } else if (token == Token.DOCTYPE) {
      return;
    } else if (isStart(token, "html")) {
      mergeAttributes(open.get(0));
    } else if (isWhitespace(token)) {
      doc.appendChild(new TextNode(in.text()));
    } else if (token != Token.END_OF_FILE) {
      backToBody(token);
    }
  }

  private void backToBody(Token token) {
    if (open.find("body") == null) {
      throw new Unsupported("content after a closed body");
    }
    mode = Mode.IN_BODY;
    process(token);
  }

  private void startNoscript() {
    noscript = insertFromToken();
    formOutsideNoscript = form;
    form = null;
  }

  /** Inside noscript, jsoup keeps markup as written: no implied ends, no closing of paragraphs. */
  private void inNoscript(Token token) {
    switch (token) {
      case START_TAG -> {
        Tag tag = tag(in.name());
        if (in.selfClosing() && (tag.is(Tag.RcData) || tag.is(Tag.Data))) {
          Element element = insertFromToken();
          if (open.current() == element) {
            open.pop();
          }
        } else if (tag.is(Tag.RcData) || tag.is(Tag.Data)) {
          insertRawText(in.name(), rawTextOf(tag));
        } else {
          insertFromToken();
        }
      }
      case END_TAG -> {
        String name = in.name();
        if (name.equals("noscript")) {
          endNoscript();
        } else if (inNoscriptScope(name)) {
          open.popUntilClosed(name);
        }
      }
      case COMMENT -> insertComment();
      case TEXT -> insertText(in.text());
      default -> {}
    }
  }

  private boolean inNoscriptScope(String name) {
    for (int i = open.size() - 1; i >= 0; i--) {
      Element element = open.get(i);
      if (element == noscript) {
        return false;
      }
      if (element.normalName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private void endNoscript() {
    while (open.pop() != noscript) {
      // pops what was left open inside the noscript
    }
    noscript = null;
    form = formOutsideNoscript;
    formOutsideNoscript = null;
  }

  private void reconstructFormatting() {
    formatting.reconstruct(
        open,
        entry -> {
          Element copy = new Element(tag(entry.normalName()), null, entry.attributes().clone());
          append(copy);
          return copy;
        });
  }

  private void mergeAttributes(Element target) {
    Attributes attributes = in.attributes();
    if (attributes == null) {
      return;
    }
    for (Attribute attribute : attributes) {
      if (!target.attributes().hasKey(attribute.getKey())) {
        target.attributes().put(attribute.getKey(), attribute.getValue());
      }
    }
  }

  /** Inserts the element of the current start tag. */
  private Element insertFromToken() {
    return insert(in.name(), in.attributes(), in.selfClosing());
  }

  /**
   * Inserts an element and opens it, as jsoup's {@code insertElementFor}: a void element is
   * closed at once, and a self-closing flag on any other element is remembered on its tag and
   * otherwise ignored.
   */
  private Element insert(String name, Attributes attributes, boolean selfClosing) {
    Tag tag = tag(name);
    Element element =
        name.equals("form")
            ? new FormElement(tag, null, attributes)
            : new Element(tag, null, attributes);
    append(element);
    if (selfClosing) {
      boolean known = tag.isKnownTag();
      tag.set(Tag.SeenSelfClose);
      if (!known) {
        tag.clear(Tag.Known);
      }
    }
    if (tag.isEmpty()) {
      open.pop();
    }
    return element;
  }

  /** Inserts a void element, as jsoup's {@code insertEmptyElementFor}. */
  private Element insertEmpty(String name, Attributes attributes) {
    Element element = new Element(tag(name), null, attributes);
    append(element);
    open.pop();
    return element;
  }

  private static RawText rawTextOf(Tag tag) {
    if (tag.is(Tag.RcData)) {
      return RawText.RCDATA;
    }
    return tag.normalName().equals("script") ? RawText.SCRIPT : RawText.RAWTEXT;
  }

  /** Inserts an element whose content is raw text, with that text, and closes it. */
  private void insertRawText(String name, RawText kind) {
    Element element = insertFromToken();
    if (open.isEmpty() || open.current() != element) {
      throw new Unsupported("raw text element that closed itself");
    }
    if (name.equals("textarea")) {
      in.skipLineBreak();
    }
    String content = in.rawText(name, kind);
    if (!content.isEmpty()) {
      element.appendChild(element.tag().is(Tag.Data) ? new DataNode(content) : new TextNode(content));
    }
    open.pop();
  }

  private void append(Element element) {
    if (open.size() >= MAX_DEPTH) {
      throw new Unsupported("nesting deeper than jsoup keeps");
    }
    if (form != null && HtmlNames.isFormListed(element.normalName())) {
      form.addElement(element);
    }
    currentNode().appendChild(element);
    open.push(element);
  }

  private Element currentNode() {
    return open.isEmpty() ? doc : open.current();
  }

  private void insertText(String text) {
    Element parent = currentNode();
    parent.appendChild(parent.tag().is(Tag.Data) ? new DataNode(text) : new TextNode(text));
  }

  private void insertComment() {
    currentNode().appendChild(new Comment(in.text()));
  }

  private Tag tag(String name) {
    Tag tag = tags.get(name);
    if (tag == null) {
      tag = tagSet.valueOf(name, Parser.NamespaceHtml, ParseSettings.htmlDefault);
      tags.put(name, tag);
    }
    return tag;
  }
}

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
 * HTML tree construction, each as jsoup 1.24.1 implements it, deviations from the standard
 * included. It dispatches each token to the current mode, runs the modes around the body (before
 * and in the head, after the body) and noscript, and inserts nodes for all modes; {@link
 * BodyModes}, {@link TableModes}, {@link SelectModes} and {@link AdoptionAgency} hold the rest.
 * What none of them implements (frames, templates, foreign content, foster parenting, nesting
 * deeper than jsoup keeps...) throws {@link Unsupported}.
 */
final class FastTreeBuilder {

  private static final int MAX_DEPTH = 500;

  final MarkupScanner in;
  final Document doc;
  final OpenElements open = new OpenElements();
  final ActiveFormatting formatting = new ActiveFormatting();
  final BodyModes body;
  final TableModes tables;
  final SelectModes select;
  final AdoptionAgency adoption;

  /** Whether tokens are handled by the body's rules on behalf of a table. */
  boolean fostering;

  private final TagSet tagSet;
  private final Map<String, Tag> tags = new HashMap<>();
  private InsertionMode mode = InsertionMode.INITIAL;
  private Element head;
  private FormElement form;
  private Element noscript;
  private FormElement formOutsideNoscript;
  private boolean baseSeen;

  FastTreeBuilder(String html, String baseUri) {
    Parser parser = Parser.htmlParser();
    this.in = new MarkupScanner(html);
    this.doc = new Document(Parser.NamespaceHtml, baseUri);
    this.doc.parser(parser);
    this.tagSet = parser.tagSet();
    this.body = new BodyModes(this);
    this.tables = new TableModes(this);
    this.select = new SelectModes(this);
    this.adoption = new AdoptionAgency(this);
  }

  InsertionMode mode() {
    return mode;
  }

  void mode(InsertionMode next) {
    mode = next;
  }

  /** The form controls are owned by, or null. */
  FormElement form() {
    return form;
  }

  void form(FormElement next) {
    form = next;
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

  void process(Token token) {
    if (noscript != null) {
      inNoscript(token);
      return;
    }
    if (token == Token.TEXT
        && mode != InsertionMode.IN_BODY
        && mode != InsertionMode.IN_SELECT
        && mode != InsertionMode.IN_SELECT_IN_TABLE
        && mode != InsertionMode.IN_CELL
        && mode != InsertionMode.IN_CAPTION
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
      case IN_BODY -> body.inBody(token);
      case IN_SELECT -> select.inSelect(token);
      case IN_SELECT_IN_TABLE -> select.inSelectInTable(token);
      case IN_TABLE -> tables.inTable(token);
      case IN_CAPTION -> tables.inCaption(token);
      case IN_COLUMN_GROUP -> tables.inColumnGroup(token);
      case IN_TABLE_BODY -> tables.inTableBody(token);
      case IN_ROW -> tables.inRow(token);
      case IN_CELL -> tables.inCell(token);
      case AFTER_BODY -> afterBody(token);
      case AFTER_AFTER_BODY -> afterAfterBody(token);
      default -> throw new IllegalStateException(mode.name());
    }
  }

  boolean isWhitespace(Token token) {
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
      mode = InsertionMode.BEFORE_HTML;
    } else {
      doc.quirksMode(Document.QuirksMode.quirks);
      mode = InsertionMode.BEFORE_HTML;
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
      mode = InsertionMode.BEFORE_HEAD;
    } else if (token == Token.END_TAG && !endsBeforeHead(in.name())) {
      return;
    } else {
      insert("html", null, false);
      mode = InsertionMode.BEFORE_HEAD;
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
      mode = InsertionMode.IN_HEAD;
    } else if (token == Token.END_TAG && !endsBeforeHead(in.name())) {
      return;
    } else {
      head = insert("head", null, false);
      mode = InsertionMode.IN_HEAD;
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
          mode = InsertionMode.AFTER_HEAD;
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
    mode = InsertionMode.AFTER_HEAD;
    process(token);
  }

  /** The start tags the head takes; false for one that ends the head. */
  boolean inHeadStartTag() {
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
        mode = InsertionMode.IN_BODY;
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
    mode = InsertionMode.IN_BODY;
    process(token);
  }

  /** Picks the insertion mode from the open elements, after a select or a table closes. */
  void resetInsertionMode() {
    for (int i = open.size() - 1; i >= 0; i--) {
      InsertionMode found = modeFor(open.get(i).normalName(), i == 0);
      if (found != null) {
        mode = found;
        return;
      }
    }
    mode = InsertionMode.IN_BODY;
  }

  /** The mode an open element sets when it is the nearest that sets one; null for none. */
  private InsertionMode modeFor(String name, boolean root) {
    return switch (name) {
      case "select" -> InsertionMode.IN_SELECT;
      case "td", "th" -> root ? null : InsertionMode.IN_CELL;
      case "tr" -> InsertionMode.IN_ROW;
      case "tbody", "thead", "tfoot" -> InsertionMode.IN_TABLE_BODY;
      case "caption" -> InsertionMode.IN_CAPTION;
      case "colgroup" -> InsertionMode.IN_COLUMN_GROUP;
      case "table" -> InsertionMode.IN_TABLE;
      case "template", "frameset" -> throw new Unsupported("template or frameset open");
      case "head" -> root ? null : InsertionMode.IN_HEAD;
      case "body" -> InsertionMode.IN_BODY;
      case "html" -> head == null ? InsertionMode.BEFORE_HEAD : InsertionMode.AFTER_HEAD;
      default -> null;
    };
  }

  void afterBody(Token token) {
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
      mode = InsertionMode.AFTER_AFTER_BODY;
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
    mode = InsertionMode.IN_BODY;
    process(token);
  }

  void startNoscript() {
    noscript = insertFromToken();
    formOutsideNoscript = form;
    form = null;
  }

  /**
   * Inside noscript, jsoup keeps markup as written: no implied ends, no closing of paragraphs, and
   * a script's text is plain raw text, without the escape states.
   */
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
          insertRawText(in.name(), tag.is(Tag.RcData) ? RawText.RCDATA : RawText.RAWTEXT);
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

  void reconstructFormatting() {
    formatting.reconstruct(
        open,
        entry -> {
          Element copy = new Element(tag(entry.normalName()), null, entry.attributes().clone());
          append(copy);
          return copy;
        });
  }

  void mergeAttributes(Element target) {
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
  Element insertFromToken() {
    return insert(in.name(), in.attributes(), in.selfClosing());
  }

  /**
   * Inserts an element and opens it, as jsoup's {@code insertElementFor}: a void element is
   * closed at once, and a self-closing flag on any other element is remembered on its tag and
   * otherwise ignored.
   */
  Element insert(String name, Attributes attributes, boolean selfClosing) {
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
  Element insertEmpty(String name, Attributes attributes) {
    Element element = new Element(tag(name), null, attributes);
    append(element);
    open.pop();
    return element;
  }

  static RawText rawTextOf(Tag tag) {
    if (tag.is(Tag.RcData)) {
      return RawText.RCDATA;
    }
    return tag.normalName().equals("script") ? RawText.SCRIPT : RawText.RAWTEXT;
  }

  /** Inserts an element whose content is raw text, with that text, and closes it. */
  void insertRawText(String name, RawText kind) {
    Element element = insertFromToken();
    if (open.isEmpty() || open.current() != element) {
      throw new Unsupported("raw text element that closed itself");
    }
    if (name.equals("textarea") && noscript == null) {
      in.skipLineBreak();
    }
    String content = in.rawText(name, kind);
    if (!content.isEmpty()) {
      boolean data = element.tag().is(Tag.Data);
      element.appendChild(data ? new DataNode(content) : new TextNode(content));
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

  void insertText(String text) {
    Element parent = currentNode();
    parent.appendChild(parent.tag().is(Tag.Data) ? new DataNode(text) : new TextNode(text));
  }

  void insertComment() {
    currentNode().appendChild(new Comment(in.text()));
  }

  Tag tag(String name) {
    Tag tag = tags.get(name);
    if (tag == null) {
      tag = tagSet.valueOf(name, Parser.NamespaceHtml, ParseSettings.htmlDefault);
      tags.put(name, tag);
    }
    return tag;
  }
}

package org.newsgraph.extract.markup;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.FormElement;
import org.newsgraph.extract.markup.MarkupScanner.Token;

/**
 * The table insertion modes (in table, in caption, in column group, in table body, in row, in
 * cell) of HTML tree construction, as jsoup implements them. Text, start tags and end tags that
 * jsoup would move out of the table (foster parenting) throw {@link Unsupported}.
 */
final class TableModes {

  private final FastTreeBuilder tree;
  private final MarkupScanner in;
  private final OpenElements open;
  private final ActiveFormatting formatting;

  TableModes(FastTreeBuilder tree) {
    this.tree = tree;
    this.in = tree.in;
    this.open = tree.open;
    this.formatting = tree.formatting;
  }

  boolean isTableMode() {
    return tree.mode() == InsertionMode.IN_TABLE
        || tree.mode() == InsertionMode.IN_CAPTION
        || tree.mode() == InsertionMode.IN_TABLE_BODY
        || tree.mode() == InsertionMode.IN_ROW
        || tree.mode() == InsertionMode.IN_CELL;
  }

  void inTable(Token token) {
    switch (token) {
      case TEXT -> {
        if (!isTableSection(open.current().normalName()) || !HtmlNames.isWhitespace(in.text())) {
          throw new Unsupported("text to foster out of a table");
        }
        tree.insertText(in.text());
      }
      case COMMENT -> tree.insertComment();
      case START_TAG -> inTableStartTag(in.name(), token);
      case END_TAG -> inTableEndTag(in.name());
      default -> {}
    }
  }

  static boolean isTableSection(String name) {
    return name.equals("table") || name.equals("tbody") || name.equals("tfoot")
        || name.equals("thead") || name.equals("tr");
  }

  private void inTableStartTag(String name, Token token) {
    switch (name) {
      case "caption" -> {
        open.clearStackBackTo("table", null, null);
        formatting.pushMarker();
        tree.insertFromToken();
        tree.mode(InsertionMode.IN_CAPTION);
      }
      case "colgroup" -> {
        open.clearStackBackTo("table", null, null);
        tree.insertFromToken();
        tree.mode(InsertionMode.IN_COLUMN_GROUP);
      }
      case "col" -> {
        open.clearStackBackTo("table", null, null);
        tree.insert("colgroup", null, false);
        tree.mode(InsertionMode.IN_COLUMN_GROUP);
        tree.process(token);
      }
      case "tbody", "tfoot", "thead" -> {
        open.clearStackBackTo("table", null, null);
        tree.insertFromToken();
        tree.mode(InsertionMode.IN_TABLE_BODY);
      }
      case "td", "th", "tr" -> {
        open.clearStackBackTo("table", null, null);
        tree.insert("tbody", null, false);
        tree.mode(InsertionMode.IN_TABLE_BODY);
        tree.process(token);
      }
      case "script", "style", "template" -> tree.inHeadStartTag();
      case "noscript" -> tree.startNoscript();
      case "input" -> {
        Attributes attributes = in.attributes();
        if (attributes == null || !attributes.get("type").equalsIgnoreCase("hidden")) {
          throw new Unsupported("<input> to foster out of a table");
        }
        tree.insertEmpty(name, attributes);
      }
      case "form" -> {
        if (tree.form() == null) {
          tree.form((FormElement) tree.insert(name, in.attributes(), false));
          open.pop();
        }
      }
      default -> throw new Unsupported("<" + name + "> to foster out of a table");
    }
  }

  private void inTableEndTag(String name) {
    switch (name) {
      case "table" -> {
        if (open.inTableScope("table")) {
          open.popUntilClosed("table");
          tree.resetInsertionMode();
        }
      }
      case "body", "caption", "col", "colgroup", "html", "tbody", "td", "tfoot", "th", "thead",
          "tr" -> {}
      case "p", "br", "template" -> throw new Unsupported("</" + name + "> in a table");
      default -> {
        tree.fostering = true;
        tree.body.inBodyEndTag(name);
        tree.fostering = false;
      }
    }
  }

  void inCaption(Token token) {
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
      tree.body.inBody(token);
    }
  }

  /** Closes the open caption; false when there is none in table scope. */
  private boolean closeCaption() {
    if (!open.inTableScope("caption")) {
      return false;
    }
    open.generateImpliedEndTags(null);
    open.popUntilClosed("caption");
    formatting.clearToLastMarker();
    tree.mode(InsertionMode.IN_TABLE);
    return true;
  }

  private static boolean isTablePartOrCell(String name) {
    return switch (name) {
      case "caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr" -> true;
      default -> false;
    };
  }

  void inColumnGroup(Token token) {
    if (tree.isWhitespace(token)) {
      tree.insertText(in.text());
      return;
    }
    switch (token) {
      case COMMENT -> tree.insertComment();
      case DOCTYPE -> {}
      case START_TAG -> {
        switch (in.name()) {
          case "html" -> tree.mergeAttributes(open.get(0));
          case "col" -> tree.insertEmpty("col", in.attributes());
          case "template" -> throw new Unsupported("template");
          default -> leaveColumnGroup(token);
        }
      }
      case END_TAG -> {
        switch (in.name()) {
          case "colgroup" -> {
            if (open.currentIs("colgroup")) {
              open.pop();
              tree.mode(InsertionMode.IN_TABLE);
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
      tree.mode(InsertionMode.IN_TABLE);
      tree.process(token);
    }
  }

  void inTableBody(Token token) {
    String name = token == Token.START_TAG || token == Token.END_TAG ? in.name() : "";
    if (token == Token.START_TAG) {
      switch (name) {
        case "tr" -> {
          open.clearStackBackTo("tbody", "tfoot", "thead");
          tree.insertFromToken();
          tree.mode(InsertionMode.IN_ROW);
        }
        case "td", "th" -> {
          open.clearStackBackTo("tbody", "tfoot", "thead");
          tree.insert("tr", null, false);
          tree.mode(InsertionMode.IN_ROW);
          tree.process(token);
        }
        case "caption", "col", "colgroup", "tbody", "tfoot", "thead" -> leaveTableBody(token);
        default -> inTable(token);
      }
    } else if (token == Token.END_TAG) {
      switch (name) {
        case "tbody", "tfoot", "thead" -> {
          if (open.inTableScope(name)) {
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
    if (!open.inTableScope("tbody") && !open.inTableScope("thead") && !open.inTableScope("tfoot")) {
      return;
    }
    closeTableBody();
    tree.process(token);
  }

  private void closeTableBody() {
    open.clearStackBackTo("tbody", "tfoot", "thead");
    open.pop();
    tree.mode(InsertionMode.IN_TABLE);
  }

  void inRow(Token token) {
    String name = token == Token.START_TAG || token == Token.END_TAG ? in.name() : "";
    if (token == Token.START_TAG) {
      switch (name) {
        case "td", "th" -> {
          open.clearStackBackTo("tr", null, null);
          tree.insertFromToken();
          tree.mode(InsertionMode.IN_CELL);
          formatting.pushMarker();
        }
        case "caption", "col", "colgroup", "tbody", "tfoot", "thead", "tr" -> {
          if (closeRow()) {
            tree.process(token);
          }
        }
        default -> inTable(token);
      }
    } else if (token == Token.END_TAG) {
      switch (name) {
        case "tr" -> closeRow();
        case "table" -> {
          if (closeRow()) {
            tree.process(token);
          }
        }
        case "tbody", "tfoot", "thead" -> {
          if (open.inTableScope(name) && closeRow()) {
            tree.process(token);
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
    if (!open.inTableScope("tr")) {
      return false;
    }
    open.clearStackBackTo("tr", null, null);
    open.pop();
    tree.mode(InsertionMode.IN_TABLE_BODY);
    return true;
  }

  void inCell(Token token) {
    String name = token == Token.START_TAG || token == Token.END_TAG ? in.name() : "";
    if (token == Token.END_TAG) {
      switch (name) {
        case "td", "th" -> {
          if (open.inTableScope(name)) {
            open.generateImpliedEndTags(null);
            open.popUntilClosed(name);
            formatting.clearToLastMarker();
          }
          tree.mode(InsertionMode.IN_ROW);
        }
        case "body", "caption", "col", "colgroup", "html" -> {}
        case "table", "tbody", "tfoot", "thead", "tr" -> {
          if (open.inTableScope(name)) {
            closeCell();
            tree.process(token);
          }
        }
        default -> tree.body.inBody(token);
      }
    } else if (token == Token.START_TAG && isTablePartOrCell(name)) {
      if (open.inTableScope("td") || open.inTableScope("th")) {
        closeCell();
        tree.process(token);
      }
    } else {
      tree.body.inBody(token);
    }
  }

  private void closeCell() {
    String cell = open.inTableScope("td") ? "td" : "th";
    open.generateImpliedEndTags(null);
    open.popUntilClosed(cell);
    formatting.clearToLastMarker();
    tree.mode(InsertionMode.IN_ROW);
  }
}

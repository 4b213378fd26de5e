package org.newsgraph.extract.markup;

import org.newsgraph.extract.markup.MarkupScanner.RawText;
import org.newsgraph.extract.markup.MarkupScanner.Token;

/**
 * The select insertion modes of HTML tree construction, inside a table or not, for selects that
 * hold nothing but options and option groups; anything else in a select throws {@link
 * Unsupported}, since jsoup 1.24.1 keeps more inside a select than the standard.
 */
final class SelectModes {

  private final FastTreeBuilder tree;
  private final MarkupScanner in;
  private final OpenElements open;

  SelectModes(FastTreeBuilder tree) {
    this.tree = tree;
    this.in = tree.in;
    this.open = tree.open;
  }

  void inSelect(Token token) {
    switch (token) {
      case TEXT -> tree.insertText(in.text());
      case COMMENT -> tree.insertComment();
      case START_TAG -> inSelectStartTag(in.name());
      case END_TAG -> inSelectEndTag(in.name());
      default -> {}
    }
  }

  /** A select in a table: a table tag closes the select, then counts for the table. */
  void inSelectInTable(Token token) {
    boolean tag = token == Token.START_TAG || token == Token.END_TAG;
    if (tag && closesSelectInTable(in.name())) {
      if (token == Token.START_TAG || open.inTableScope(in.name())) {
        open.popUntilClosed("select");
        tree.resetInsertionMode();
        tree.process(token);
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
        tree.insertFromToken();
      }
      case "optgroup" -> {
        if (open.currentIs("option")) {
          open.pop();
        }
        if (open.currentIs("optgroup")) {
          open.pop();
        }
        tree.insertFromToken();
      }
      case "select" -> inSelectEndTag("select");
      case "script" -> tree.insertRawText(name, RawText.SCRIPT);
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
        if (open.inSelectScope()) {
          open.popUntilClosed("select");
          tree.resetInsertionMode();
        }
      }
      default -> throw new Unsupported("</" + name + "> inside a select");
    }
  }
}

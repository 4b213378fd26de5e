package org.newsgraph.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Deep structural comparison of two jsoup trees, for proving that another parser builds exactly
 * the tree jsoup's parser builds. It compares, node by node in document order: the node's class;
 * an element's tag name, normal name, namespace and every option of its {@link Tag}; attributes in
 * order (key, value, whether the value was declared); the text of text, data, comment and
 * declaration nodes; a doctype's attributes; children, their order and their links back to the
 * parent; the controls a {@link FormElement} owns. For documents it also compares the quirks mode,
 * location, base URI, output settings and parser settings, and last their {@code outerHtml()}.
 *
 * <p>The first difference is given as one line: the path of the node (each step is the node name
 * and its index among its parent's child nodes, such as {@code html[1]>body[2]>div[0]}), what
 * differs, and both values.
 */
public final class DocumentTrees {

  private static final String[] TAG_OPTION_NAMES = {
    "Known", "Void", "Block", "InlineContainer", "SelfClose", "SeenSelfClose",
    "PreserveWhitespace", "RcData", "Data", "FormSubmittable", "TextBoundary"
  };
  private static final int[] TAG_OPTIONS = {
    Tag.Known, Tag.Void, Tag.Block, Tag.InlineContainer, Tag.SelfClose, Tag.SeenSelfClose,
    Tag.PreserveWhitespace, Tag.RcData, Tag.Data, Tag.FormSubmittable, Tag.TextBoundary
  };

  private DocumentTrees() {}

  /**
   * The first difference between {@code expected} and {@code actual}, or null when they are the
   * same tree.
   */
  public static String firstDifference(Node expected, Node actual) {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    String difference = node(expected, actual, null);
    if (difference == null && expected instanceof Document e && actual instanceof Document a) {
      difference = document(e, a);
    }
    if (difference == null) {
      difference = differs(null, "outerHtml", expected.outerHtml(), actual.outerHtml());
    }
    return difference;
  }

  private static String node(Node expected, Node actual, Step at) {
    if (expected.getClass() != actual.getClass()) {
      return differs(at, "node type", expected.getClass(), actual.getClass());
    }
    String difference = content(expected, actual, at);
    if (difference != null) {
      return difference;
    }
    int size = expected.childNodeSize();
    if (size != actual.childNodeSize()) {
      return differs(at, "child count", size, actual.childNodeSize())
          + "; children " + names(expected.childNodes()) + " against "
          + names(actual.childNodes());
    }
    for (int i = 0; i < size; i++) {
      Node child = actual.childNode(i);
      Step step = new Step(at, expected.childNode(i).nodeName(), i);
      if (child.parent() != actual || child.siblingIndex() != i) {
        return differs(step, "link to parent (sibling index)", i, child.siblingIndex());
      }
      difference = node(expected.childNode(i), child, step);
      if (difference != null) {
        return difference;
      }
    }
    return null;
  }

  private static String content(Node expected, Node actual, Step at) {
    if (expected instanceof Element e) {
      return element(e, (Element) actual, at);
    }
    if (expected instanceof TextNode e) {
      return differs(at, "text", e.getWholeText(), ((TextNode) actual).getWholeText());
    }
    if (expected instanceof DataNode e) {
      return differs(at, "data", e.getWholeData(), ((DataNode) actual).getWholeData());
    }
    if (expected instanceof Comment e) {
      return differs(at, "comment", e.getData(), ((Comment) actual).getData());
    }
    if (expected instanceof DocumentType e) {
      DocumentType a = (DocumentType) actual;
      String difference = differs(at, "doctype name", e.name(), a.name());
      difference = difference != null ? difference
          : differs(at, "doctype public id", e.publicId(), a.publicId());
      difference = difference != null ? difference
          : differs(at, "doctype system id", e.systemId(), a.systemId());
      return difference != null ? difference
          : attributes(e.attributes().asList(), a.attributes().asList(), at);
    }
    if (expected instanceof XmlDeclaration e) {
      return differs(at, "declaration", e.getWholeDeclaration(),
          ((XmlDeclaration) actual).getWholeDeclaration());
    }
    return differs(at, "node name", expected.nodeName(), actual.nodeName());
  }

  private static String element(Element expected, Element actual, Step at) {
    String difference = differs(at, "tag name", expected.tagName(), actual.tagName());
    difference = difference != null ? difference
        : differs(at, "normal name", expected.normalName(), actual.normalName());
    difference = difference != null ? difference : tag(expected.tag(), actual.tag(), at);
    difference = difference != null ? difference
        : attributes(expected.attributes().asList(), actual.attributes().asList(), at);
    if (difference == null && expected instanceof FormElement form) {
      difference = differs(at, "form controls", controls(form), controls((FormElement) actual));
    }
    return difference;
  }

  private static String tag(Tag expected, Tag actual, Step at) {
    String difference = differs(at, "tag namespace", expected.namespace(), actual.namespace());
    for (int i = 0; difference == null && i < TAG_OPTIONS.length; i++) {
      difference = differs(at, "tag option " + TAG_OPTION_NAMES[i],
          expected.is(TAG_OPTIONS[i]), actual.is(TAG_OPTIONS[i]));
    }
    difference = difference != null ? difference
        : differs(at, "tag isBlock", expected.isBlock(), actual.isBlock());
    difference = difference != null ? difference
        : differs(at, "tag isInline", expected.isInline(), actual.isInline());
    difference = difference != null ? difference
        : differs(at, "tag isEmpty", expected.isEmpty(), actual.isEmpty());
    difference = difference != null ? difference
        : differs(at, "tag isSelfClosing", expected.isSelfClosing(), actual.isSelfClosing());
    difference = difference != null ? difference
        : differs(at, "tag isKnownTag", expected.isKnownTag(), actual.isKnownTag());
    return difference != null ? difference
        : differs(at, "tag preserveWhitespace", expected.preserveWhitespace(),
            actual.preserveWhitespace());
  }

  private static String attributes(List<Attribute> expected, List<Attribute> actual, Step at) {
    if (expected.size() != actual.size()) {
      return differs(at, "attributes", expected.toString(), actual.toString());
    }
    for (int i = 0; i < expected.size(); i++) {
      Attribute e = expected.get(i);
      Attribute a = actual.get(i);
      String difference = differs(at, "attribute " + i + " key", e.getKey(), a.getKey());
      difference = difference != null ? difference
          : differs(at, "attribute " + e.getKey() + " value", e.getValue(), a.getValue());
      difference = difference != null ? difference
          : differs(at, "attribute " + e.getKey() + " declared value",
              e.hasDeclaredValue(), a.hasDeclaredValue());
      if (difference != null) {
        return difference;
      }
    }
    return null;
  }

  private static String document(Document expected, Document actual) {
    String difference = differs(null, "quirks mode", expected.quirksMode(), actual.quirksMode());
    difference = difference != null ? difference
        : differs(null, "location", expected.location(), actual.location());
    difference = difference != null ? difference
        : differs(null, "base URI", expected.baseUri(), actual.baseUri());
    Document.OutputSettings e = expected.outputSettings();
    Document.OutputSettings a = actual.outputSettings();
    difference = difference != null ? difference
        : differs(null, "output syntax", e.syntax(), a.syntax());
    difference = difference != null ? difference
        : differs(null, "output escape mode", e.escapeMode(), a.escapeMode());
    difference = difference != null ? difference
        : differs(null, "output charset", e.charset(), a.charset());
    difference = difference != null ? difference
        : differs(null, "output pretty print", e.prettyPrint(), a.prettyPrint());
    difference = difference != null ? difference
        : differs(null, "output outline", e.outline(), a.outline());
    difference = difference != null ? difference
        : differs(null, "output indent", e.indentAmount(), a.indentAmount());
    difference = difference != null ? difference
        : differs(null, "output padding width", e.maxPaddingWidth(), a.maxPaddingWidth());
    return difference != null ? difference : parser(expected.parser(), actual.parser());
  }

  private static String parser(Parser expected, Parser actual) {
    if (expected == null || actual == null) {
      return differs(null, "parser", String.valueOf(expected), String.valueOf(actual));
    }
    String difference = differs(null, "parser tree builder", builderName(expected),
        builderName(actual));
    difference = difference != null ? difference
        : differs(null, "parser preserves tag case", expected.settings().preserveTagCase(),
            actual.settings().preserveTagCase());
    difference = difference != null ? difference
        : differs(null, "parser preserves attribute case",
            expected.settings().preserveAttributeCase(), actual.settings().preserveAttributeCase());
    difference = difference != null ? difference
        : differs(null, "parser max depth", expected.getMaxDepth(), actual.getMaxDepth());
    difference = difference != null ? difference
        : differs(null, "parser tracks positions", expected.isTrackPosition(),
            actual.isTrackPosition());
    return difference != null ? difference
        : differs(null, "parser tracks errors", expected.isTrackErrors(), actual.isTrackErrors());
  }

  private static String builderName(Parser parser) {
    return ((Object) parser.getTreeBuilder()).getClass().getName();
  }

  /**
   * The paths of the controls a form owns in its own tree (a clone's form also lists the
   * original's controls, which are no part of its tree).
   */
  private static String controls(FormElement form) {
    StringBuilder out = new StringBuilder("[");
    for (Element control : form.elements()) {
      if (control.root() == form.root()) {
        out.append(out.length() == 1 ? "" : ", ").append(position(control));
      }
    }
    return out.append(']').toString();
  }

  private static String position(Node node) {
    Deque<String> steps = new ArrayDeque<>();
    for (Node n = node; n.parent() != null; n = n.parent()) {
      steps.addFirst(n.nodeName() + "[" + n.siblingIndex() + "]");
    }
    return steps.isEmpty() ? "(root)" : String.join(">", steps);
  }

  private static String names(List<Node> nodes) {
    StringBuilder out = new StringBuilder("[");
    for (Node n : nodes) {
      out.append(out.length() == 1 ? "" : ", ").append(n.nodeName());
    }
    return out.append(']').toString();
  }

  private static String differs(Step at, String what, Object expected, Object actual) {
    if (Objects.equals(expected, actual)) {
      return null;
    }
    return "at " + (at == null ? "(root)" : at.render()) + ": " + what + " differs: expected "
        + quote(expected) + " but was " + quote(actual);
  }

  private static String quote(Object value) {
    if (value instanceof Class<?> type) {
      return type.getSimpleName();
    }
    if (!(value instanceof String s)) {
      return String.valueOf(value);
    }
    String shown = s.length() > 300 ? s.substring(0, 300) + "... (" + s.length() + " chars)" : s;
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** One step of a path from the root: a node's name and its index among its siblings. */
  private record Step(Step parent, String name, int index) {

    String render() {
      String self = name + "[" + index + "]";
      return parent == null ? self : parent.render() + ">" + self;
    }
  }
}

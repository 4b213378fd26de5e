package org.newsgraph.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
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
      return new Check<>(e, (DocumentType) actual, at)
          .same("doctype name", DocumentType::name)
          .same("doctype public id", DocumentType::publicId)
          .same("doctype system id", DocumentType::systemId)
          .then((x, y) -> attributes(x.attributes().asList(), y.attributes().asList(), at))
          .difference();
    }
    if (expected instanceof XmlDeclaration e) {
      return differs(at, "declaration", e.getWholeDeclaration(),
          ((XmlDeclaration) actual).getWholeDeclaration());
    }
    return differs(at, "node name", expected.nodeName(), actual.nodeName());
  }

  private static String element(Element expected, Element actual, Step at) {
    return new Check<>(expected, actual, at)
        .same("tag name", Element::tagName)
        .same("normal name", Element::normalName)
        .then((e, a) -> tag(e.tag(), a.tag(), at))
        .then((e, a) -> attributes(e.attributes().asList(), a.attributes().asList(), at))
        .then((e, a) -> e instanceof FormElement form
            ? differs(at, "form controls", controls(form), controls((FormElement) a))
            : null)
        .difference();
  }

  private static String tag(Tag expected, Tag actual, Step at) {
    Check<Tag> check = new Check<>(expected, actual, at).same("tag namespace", Tag::namespace);
    for (int i = 0; i < TAG_OPTIONS.length; i++) {
      int option = TAG_OPTIONS[i];
      check.same("tag option " + TAG_OPTION_NAMES[i], t -> t.is(option));
    }
    return check
        .same("tag isBlock", Tag::isBlock)
        .same("tag isInline", Tag::isInline)
        .same("tag isEmpty", Tag::isEmpty)
        .same("tag isSelfClosing", Tag::isSelfClosing)
        .same("tag isKnownTag", Tag::isKnownTag)
        .same("tag preserveWhitespace", Tag::preserveWhitespace)
        .difference();
  }

  private static String attributes(List<Attribute> expected, List<Attribute> actual, Step at) {
    if (expected.size() != actual.size()) {
      return differs(at, "attributes", expected.toString(), actual.toString());
    }
    for (int i = 0; i < expected.size(); i++) {
      String key = expected.get(i).getKey();
      String difference = new Check<>(expected.get(i), actual.get(i), at)
          .same("attribute " + i + " key", Attribute::getKey)
          .same("attribute " + key + " value", Attribute::getValue)
          .same("attribute " + key + " declared value", Attribute::hasDeclaredValue)
          .difference();
      if (difference != null) {
        return difference;
      }
    }
    return null;
  }

  private static String document(Document expected, Document actual) {
    return new Check<>(expected, actual, null)
        .same("quirks mode", Document::quirksMode)
        .same("location", Document::location)
        .same("base URI", Document::baseUri)
        .same("output syntax", d -> d.outputSettings().syntax())
        .same("output escape mode", d -> d.outputSettings().escapeMode())
        .same("output charset", d -> d.outputSettings().charset())
        .same("output pretty print", d -> d.outputSettings().prettyPrint())
        .same("output outline", d -> d.outputSettings().outline())
        .same("output indent", d -> d.outputSettings().indentAmount())
        .same("output padding width", d -> d.outputSettings().maxPaddingWidth())
        .then((e, a) -> parser(e.parser(), a.parser()))
        .difference();
  }

  private static String parser(Parser expected, Parser actual) {
    if (expected == null || actual == null) {
      return differs(null, "parser", String.valueOf(expected), String.valueOf(actual));
    }
    return new Check<>(expected, actual, null)
        .same("parser tree builder", DocumentTrees::builderName)
        .same("parser preserves tag case", p -> p.settings().preserveTagCase())
        .same("parser preserves attribute case", p -> p.settings().preserveAttributeCase())
        .same("parser max depth", Parser::getMaxDepth)
        .same("parser tracks positions", Parser::isTrackPosition)
        .same("parser tracks errors", Parser::isTrackErrors)
        .difference();
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

  /** Compares properties of two values in turn and keeps the first difference. */
  private static final class Check<T> {

    private final T expected;
    private final T actual;
    private final Step at;
    private String difference;

    Check(T expected, T actual, Step at) {
      this.expected = expected;
      this.actual = actual;
      this.at = at;
    }

    Check<T> same(String what, Function<T, Object> property) {
      if (difference == null) {
        difference = differs(at, what, property.apply(expected), property.apply(actual));
      }
      return this;
    }

    Check<T> then(BiFunction<T, T, String> comparison) {
      if (difference == null) {
        difference = comparison.apply(expected, actual);
      }
      return this;
    }

    String difference() {
      return difference;
    }
  }

  /** One step of a path from the root: a node's name and its index among its siblings. */
  private record Step(Step parent, String name, int index) {

    String render() {
      String self = name + "[" + index + "]";
      return parent == null ? self : parent.render() + ">" + self;
    }
  }
}

package org.newsgraph.server.web;

/**
 * Builds an HTML fragment. Tag and attribute names come from code; every text and attribute value
 * is escaped here, so article content can never become markup.
 */
final class Html {

  private final StringBuilder out = new StringBuilder(4096);

  /** Escapes {@code text} for an element's content or a quoted attribute value. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&#39;");
          break;
        default:
          b.append(c);
      }
    }
    return b.toString();
  }

  /** Opens {@code tag} with attributes given as name, value pairs; null values are left out. */
  Html open(String tag, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1]))
            .append('"');
      }
    }
    out.append('>');
    return this;
  }

  /** Closes {@code tag}. */
  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** Escaped text. */
  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** An element holding escaped {@code text}. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** A link to {@code href} reading {@code text}. */
  Html link(String href, String text, String... attributes) {
    String[] all = new String[attributes.length + 2];
    all[0] = "href";
    all[1] = href;
    System.arraycopy(attributes, 0, all, 2, attributes.length);
    return element("a", text, all);
  }

  /** Another fragment, already built (and so already escaped). */
  Html append(Html other) {
    out.append(other.out);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}

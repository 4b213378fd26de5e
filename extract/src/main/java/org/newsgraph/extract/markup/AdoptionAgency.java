package org.newsgraph.extract.markup;

import org.jsoup.nodes.Element;

/**
 * The adoption agency algorithm, run for the end tag of a formatting element, as jsoup 1.24.1
 * runs it: it walks the stack by index, recreates elements with their attributes, and keeps the
 * bookmark as an element.
 */
final class AdoptionAgency {

  private final FastTreeBuilder tree;
  private final OpenElements open;
  private final ActiveFormatting formatting;

  AdoptionAgency(FastTreeBuilder tree) {
    this.tree = tree;
    this.open = tree.open;
    this.formatting = tree.formatting;
  }

  /** Runs the algorithm for the end tag of the formatting element {@code name}. */
  void run(String name) {
    if (open.currentIs(name) && !formatting.contains(open.current())) {
      open.pop();
      return;
    }
    for (int outer = 0; outer < 8; outer++) {
      Element formattingElement = formatting.lastNamed(name);
      if (formattingElement == null) {
        tree.body.anyOtherEndTag(name);
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
    if (tree.fostering && TableModes.isTableSection(commonAncestor.normalName())) {
      throw new Unsupported("adoption agency tree.fostering out of a table");
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
}

package org.newsgraph.extract.markup;

/** The insertion modes of HTML tree construction that {@link FastTreeBuilder} implements. */
enum InsertionMode {
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

package cz.sazba.typeset.page;

/**
 * What a node of the logical structure is, in the book's terms: a heading of level 2, a list
 * label, a note. How a PDF tags it (the standard structure type, what must sit between a node and
 * its parent) is the PDF writer's business (its {@code PdfRoles}), not the typesetter's.
 */
public enum StructRole {
  /** The whole book. */
  DOCUMENT,
  /** A division (a chapter, the contents, the colophon). */
  DIVISION,
  /** A group of blocks with no meaning of its own. */
  GROUP,
  HEADING_1,
  HEADING_2,
  HEADING_3,
  HEADING_4,
  HEADING_5,
  HEADING_6,
  PARAGRAPH,
  QUOTE,
  LIST,
  LIST_ITEM,
  /** A list item's bullet or number (also a reference entry's number). */
  LIST_LABEL,
  LIST_BODY,
  /** The contents list. */
  CONTENTS,
  /** One entry of the contents: its link (title and page number). */
  CONTENTS_ENTRY,
  /** A passage in another language (the node carries the language). */
  FOREIGN,
  LINK,
  /** A citation mark: the bracket and the links to its reference entries. */
  CITATION,
  /** One entry of the reference list. */
  REFERENCE_ENTRY,
  /** A note (at the page foot). */
  NOTE,
  /** A note's mark in the text: it refers to the note and holds the link to it. */
  NOTE_REFERENCE,
  /** Code, inline or a block of it. */
  CODE,
  /** A stretch of text with a look of its own (struck out, a superscript, small capitals). */
  SPAN,
  /** A float (a figure or a table with its caption): groups the two. */
  FLOAT,
  /** A picture that carries meaning (the node carries its alt text). */
  FIGURE,
  /** A figure's or a table's caption. */
  CAPTION,
  /** A table: its caption, then its header rows' group, then its body rows' group. */
  TABLE,
  /** A table's caption ("Table 2: …"). */
  TABLE_CAPTION,
  /** The group of a table's header rows. */
  TABLE_HEAD,
  /** The group of a table's body rows. */
  TABLE_BODY,
  TABLE_ROW,
  /** A header cell naming its column. */
  TABLE_COLUMN_HEADER,
  /** A header cell naming its row. */
  TABLE_ROW_HEADER,
  /** A data cell. */
  TABLE_CELL;

  private static final StructRole[] HEADINGS = {HEADING_1, HEADING_2, HEADING_3, HEADING_4, HEADING_5, HEADING_6};

  /** The heading role of level 1 to 6. */
  public static StructRole heading(int level) {
    if (level < 1 || level > HEADINGS.length) throw new IllegalArgumentException("heading level " + level);
    return HEADINGS[level - 1];
  }

  /** The heading level, 1 to 6, or 0 for a role that is no heading. */
  public int headingLevel() {
    for (int i = 0; i < HEADINGS.length; i++) if (HEADINGS[i] == this) return i + 1;
    return 0;
  }
}

package cz.sazba.pdf;

import cz.sazba.typeset.page.StructRole;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The PDF's side of the logical structure: which standard structure type of ISO 32000-1 (14.8.4)
 * each of the typesetter's roles is written as, and which elements the standard wants between a
 * parent and a child that the book's own structure does not have.
 */
final class PdfRoles {
  private PdfRoles() {}

  private static final Map<StructRole, String> NAMES = new EnumMap<>(StructRole.class);

  static {
    NAMES.put(StructRole.DOCUMENT, "Document");
    NAMES.put(StructRole.DIVISION, "Sect");
    NAMES.put(StructRole.GROUP, "Div");
    NAMES.put(StructRole.HEADING_1, "H1");
    NAMES.put(StructRole.HEADING_2, "H2");
    NAMES.put(StructRole.HEADING_3, "H3");
    NAMES.put(StructRole.HEADING_4, "H4");
    NAMES.put(StructRole.HEADING_5, "H5");
    NAMES.put(StructRole.HEADING_6, "H6");
    NAMES.put(StructRole.PARAGRAPH, "P");
    NAMES.put(StructRole.QUOTE, "BlockQuote");
    NAMES.put(StructRole.LIST, "L");
    NAMES.put(StructRole.LIST_ITEM, "LI");
    NAMES.put(StructRole.LIST_LABEL, "Lbl");
    NAMES.put(StructRole.LIST_BODY, "LBody");
    NAMES.put(StructRole.CONTENTS, "TOC");
    NAMES.put(StructRole.CONTENTS_ENTRY, "TOCI");
    NAMES.put(StructRole.FOREIGN, "Span");
    NAMES.put(StructRole.LINK, "Link");
    // A citation mark refers to the reference list: Reference (14.8.4.4.2) holding its Links.
    NAMES.put(StructRole.CITATION, "Reference");
    NAMES.put(StructRole.REFERENCE_ENTRY, "BibEntry");
    NAMES.put(StructRole.NOTE, "Note");
    // A note's mark refers to its note (14.8.4.4.2), holding the Link that goes there.
    NAMES.put(StructRole.NOTE_REFERENCE, "Reference");
    NAMES.put(StructRole.CODE, "Code");
    NAMES.put(StructRole.SPAN, "Span");
    // The float groups its picture (Figure, with Alt, which replaces its content for a reader)
    // and its Caption, which must stay readable: so the caption is not inside the Figure.
    NAMES.put(StructRole.FLOAT, "Div");
    NAMES.put(StructRole.FIGURE, "Figure");
    NAMES.put(StructRole.CAPTION, "Caption");
    NAMES.put(StructRole.TABLE, "Table");
    NAMES.put(StructRole.TABLE_CAPTION, "Caption");
    NAMES.put(StructRole.TABLE_HEAD, "THead");
    NAMES.put(StructRole.TABLE_BODY, "TBody");
    NAMES.put(StructRole.TABLE_ROW, "TR");
    NAMES.put(StructRole.TABLE_COLUMN_HEADER, "TH");
    NAMES.put(StructRole.TABLE_ROW_HEADER, "TH");
    NAMES.put(StructRole.TABLE_CELL, "TD");
    for (StructRole r : StructRole.values()) {
      if (!NAMES.containsKey(r)) throw new IllegalStateException("no PDF structure type for " + r);
    }
  }

  /**
   * The /Scope of a header cell (ISO 32000-1, 14.8.5.7, Table attributes): {@code Column} or
   * {@code Row}; empty for every other role.
   */
  static Optional<String> tableScope(StructRole role) {
    if (role == StructRole.TABLE_COLUMN_HEADER) return Optional.of("Column");
    if (role == StructRole.TABLE_ROW_HEADER) return Optional.of("Row");
    return Optional.empty();
  }

  /** The standard structure type written as the element's /S. */
  static String name(StructRole role) {
    return NAMES.get(role);
  }

  /**
   * The element ISO 32000-1 wants between a {@code parent} and a {@code child} of these roles,
   * if any: Table 333 lets a TOCI hold Lbl, Reference, NonStruct, P or TOC, not a Link, so a
   * contents entry's link sits in a Reference (Matterhorn checkpoint 09-006).
   */
  static Optional<String> between(StructRole parent, StructRole child) {
    if (parent == StructRole.CONTENTS_ENTRY && child == StructRole.LINK) return Optional.of("Reference");
    return Optional.empty();
  }
}

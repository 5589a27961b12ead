package cz.sazba.typeset.page;

/**
 * What a frame of a laid-out page is. The PDF writer and the tests read pages through these, never
 * through block kinds: what a frame's glyphs mean (a heading of level 2, a list label) is said by
 * the structure node each element is tagged with.
 */
public enum FrameKind {
  /** The main text of a page, below the top floats and above the foot inserts. */
  BODY,
  /** One line of text. */
  LINE,
  /** A box of material laid out by a block's layouter (a table, a figure's picture). */
  BOX,
  /** The top-of-page area holding floats. */
  FLOATS,
  /** One float (a figure or a table with its caption). */
  FLOAT,
  /** The page-foot area: a separator rule, then the notes. */
  INSERTS,
  /** One insert, or the part of it that is on this page (a note). */
  INSERT,
  /** The rule above the foot inserts. */
  SEPARATOR,
  /** The running head above the text. */
  RUNNING_HEAD,
  /** The page number. */
  FOLIO
}

package cz.sazba.typeset.page;

/** Content that is not part of the text a reader reads: running heads, folios, rules. */
public enum Artifact {
  PAGINATION,
  LAYOUT
}

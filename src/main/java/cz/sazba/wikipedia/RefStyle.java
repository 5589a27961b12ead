package cz.sazba.wikipedia;

/** How an imported article's {@code <ref>} notes come out. */
public enum RefStyle {
  /** A note that is one citation template becomes a numbered citation {@code [@key, p. 5]}; other notes footnotes. */
  CITATIONS,
  /** Every note a footnote, citation templates as the formatted text Wikipedia shows. */
  NOTES
}

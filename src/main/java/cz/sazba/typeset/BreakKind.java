package cz.sazba.typeset;

/** Why a line may break inside a word. */
enum BreakKind {
  /** A hyphenation point from the patterns: a hyphen is added at the line end. */
  HYPHENATION,
  /** After a hyphen written in the text; in Czech the hyphen is repeated on the next line. */
  HARD_HYPHEN,
  /** After an en or em dash written without spaces (1955–1991). */
  DASH,
  /** Inside a URL, before a slash or dot: nothing is added. */
  URL
}

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
  URL,
  /**
   * Inside a path, identifier or option name written as plain text ({@code /etc/apt/} |
   * {@code trusted.gpg}, {@code Aptitude::} | {@code ProblemResolver}): nothing is added, and
   * the breaker takes it only when the paragraph has no better way (as LaTeX's url package).
   */
  SEGMENT,
  /**
   * Between two characters of a long stretch of such a token, or of a URL, that has no other
   * break (a hash, a long number): the very last resort before a line would stick out, as
   * LaTeX's seqsplit gives. Nothing is added.
   */
  CHARACTER
}

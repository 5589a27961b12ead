package cz.sazba.typeset;

/**
 * Margin kerning: how far a character may hang into the margin at a line end (or start), as a
 * share of its advance. Light marks (full stop, comma, hyphen, quotes) leave a visual dent in a
 * justified edge; letting them hang out makes the edge look straight. The shares follow common
 * typographic practice: small marks nearly all the way, heavier ones less.
 */
final class Protrusion {
  private Protrusion() {}

  /** Share (in thousandths) of the advance that may hang into the right margin. */
  static int right(int codePoint) {
    switch (codePoint) {
      case '.': case ',': case '-': case '\u2010': case '\u2011':
      case '\u2019': case '\u201D': case '\'': case '"':
        return 700;
      case ':': case ';':
        return 500;
      case '\u2013':
        return 500;
      case '\u2014':
        return 300;
      case '!': case '?': case ')': case ']':
        return 200;
      default:
        return 0;
    }
  }

  /** Share (in thousandths) of the advance that may hang into the left margin. */
  static int left(int codePoint) {
    switch (codePoint) {
      case '\u201C': case '\u201E': case '\u2018': case '\u201A': case '"': case '\'':
        return 500;
      case '(': case '[':
        return 200;
      default:
        return 0;
    }
  }
}

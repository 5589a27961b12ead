package cz.sazba.typeset.linebreak;

/**
 * Something of fixed width: a word or a piece of one.
 *
 * @param stretch how much the box itself may widen (letter-spacing between its glyphs); 0 for a
 *     rigid box as in Knuth and Plass. Counted like glue stretch, but never discarded at a
 *     break, so a line's letter-spacing capacity is exactly that of the words on it.
 * @param shrink likewise, how much it may narrow
 * @param leftProtrusion how far this box may hang into the left margin when it starts a line
 * @param rightProtrusion how far it may hang into the right margin when it ends a line
 */
public record Box(long width, long stretch, long shrink, long leftProtrusion, long rightProtrusion) implements Item {
  /** A rigid box. */
  public Box(long width, long leftProtrusion, long rightProtrusion) {
    this(width, 0, 0, leftProtrusion, rightProtrusion);
  }

  public static Box of(long width) {
    return new Box(width, 0, 0);
  }
}

package cz.sazba.typeset.linebreak;

/**
 * Something of fixed width: a word or a piece of one.
 *
 * @param leftProtrusion how far this box may hang into the left margin when it starts a line
 * @param rightProtrusion how far it may hang into the right margin when it ends a line
 */
public record Box(long width, long leftProtrusion, long rightProtrusion) implements Item {
  public static Box of(long width) {
    return new Box(width, 0, 0);
  }
}

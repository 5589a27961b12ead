package cz.sazba.typeset.linebreak;

/**
 * A possible break with a cost. {@code width} is added to the line only if it breaks here (the
 * hyphen); {@code flagged} marks hyphen breaks, whose neighbours cost extra demerits.
 *
 * @param rightProtrusion how far the hyphen may hang into the right margin when the line breaks here
 */
public record Penalty(long width, int penalty, boolean flagged, long rightProtrusion) implements Item {
  /** A penalty this high forbids a break; this low forces one. */
  public static final int INFINITY = 10000;

  public static Penalty forced() {
    return new Penalty(0, -INFINITY, false, 0);
  }

  public static Penalty forbidden() {
    return new Penalty(0, INFINITY, false, 0);
  }
}

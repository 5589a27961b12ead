package cz.sazba.typeset.linebreak;

/**
 * A possible break with a cost. {@code width} is added to the line only if it breaks here (the
 * hyphen); {@code flagged} marks hyphen breaks, whose neighbours cost extra demerits.
 *
 * @param rightProtrusion how far the hyphen may hang into the right margin when the line breaks here
 * @param lastResort a break the breaker considers only after its first pass, like a hyphen, but
 *     without the hyphen's demerits or its place in the run of hyphenated lines: a break inside a
 *     path or identifier ({@code /etc/apt/} | {@code trusted.gpg}), which LaTeX's url package
 *     gives. Its (high) {@code penalty} then keeps it for paragraphs with no better way.
 */
public record Penalty(long width, int penalty, boolean flagged, long rightProtrusion, boolean lastResort)
    implements Item {
  /** A penalty this high forbids a break; this low forces one. */
  public static final int INFINITY = 10000;

  /** An ordinary penalty, considered in every pass. */
  public Penalty(long width, int penalty, boolean flagged, long rightProtrusion) {
    this(width, penalty, flagged, rightProtrusion, false);
  }

  public static Penalty forced() {
    return new Penalty(0, -INFINITY, false, 0);
  }

  public static Penalty forbidden() {
    return new Penalty(0, INFINITY, false, 0);
  }
}

package cz.sazba.typeset.linebreak;

/**
 * A possible break with a cost. {@code width} is added to the line only if it breaks here (the
 * hyphen); {@code flagged} marks hyphen breaks, whose neighbours cost extra demerits.
 *
 * @param rightProtrusion how far the hyphen may hang into the right margin when the line breaks here
 * @param lastResort a break the breaker considers only when the paragraph cannot be set within
 *     tolerance without such breaks ({@link Pass#SEGMENTS} and later): a break inside a path or
 *     identifier ({@code /etc/apt/} | {@code trusted.gpg}), which LaTeX's url package gives. It
 *     has no hyphen's demerits and no place in the run of hyphenated lines; its {@code penalty}
 *     weighs it against loose lines once it is admitted.
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

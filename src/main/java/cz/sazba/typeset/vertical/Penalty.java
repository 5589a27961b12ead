package cz.sazba.typeset.vertical;

/**
 * A place where a page may end. A page breaks only at penalties: {@link #FORBID} keeps the
 * material on either side together (inside a paragraph's first or last two lines, after a
 * heading), {@link #ALLOW} is free, anything between is allowed but discouraged: the breaker then
 * prefers the allowed break just before it (one line earlier) if there is one.
 */
public record Penalty(int cost) implements VItem {
  /** No break here (TeX's infinite penalty). */
  public static final int FORBID = 10000;
  /** A free break. */
  public static final int ALLOW = 0;

  public Penalty {
    if (cost < 0 || cost > FORBID) throw new IllegalArgumentException("penalty " + cost);
  }

  public boolean allowed() {
    return cost < FORBID;
  }
}

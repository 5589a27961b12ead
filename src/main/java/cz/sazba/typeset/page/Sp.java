package cz.sazba.typeset.page;

/** Fixed-point lengths: 65536 units to the point, as TeX's scaled points. */
public final class Sp {
  public static final long PER_POINT = 65536;

  private Sp() {}

  public static long of(double points) {
    return Math.round(points * PER_POINT);
  }

  public static double toPoints(long sp) {
    return sp / (double) PER_POINT;
  }

  /** {@code fontUnits * size / unitsPerEm}, rounded, where size is itself in sp. */
  public static long scale(long fontUnits, long sizeSp, int unitsPerEm) {
    return Math.round(fontUnits * (double) sizeSp / unitsPerEm);
  }
}

package cz.sazba.font;

/**
 * A glyph's TrueType outline as the {@code glyf} table stores it, in font units (y up): closed
 * contours of quadratic B-splines, each point on or off the curve; between two off-curve points
 * an on-curve point is implied half-way. A composite glyph comes with its components' points
 * already placed ({@link GlyfTable} reads them). Immutable: the arrays are never handed out.
 */
public final class GlyphOutline {
  /** No contours: a space, or a glyph id the font lacks. */
  public static final GlyphOutline EMPTY = new GlyphOutline(new int[0], new int[0], new int[0], new boolean[0]);

  private final int[] contourEnds;
  private final int[] xs;
  private final int[] ys;
  private final boolean[] onCurve;

  private GlyphOutline(int[] contourEnds, int[] xs, int[] ys, boolean[] onCurve) {
    this.contourEnds = contourEnds;
    this.xs = xs;
    this.ys = ys;
    this.onCurve = onCurve;
  }

  /** What is done with each contour, in font units (y up): a closed path of lines and quadratic curves. */
  public interface Visitor {
    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void quadTo(double cx, double cy, double x, double y);

    /** Ends the contour, back to its first point. */
    void close();
  }

  public int contourCount() {
    return contourEnds.length;
  }

  public int pointCount() {
    return xs.length;
  }

  /**
   * Walks the contours: a contour starts at its first on-curve point (or, when all its points
   * are off the curve, at the point implied between its last and first), two off-curve points in
   * a row imply the on-curve point half-way between them, and every contour is closed. Contours
   * with fewer than two points are skipped.
   */
  public void walk(Visitor v) {
    int start = 0;
    for (int end : contourEnds) {
      int n = end - start + 1;
      if (n >= 2) contour(v, start, n);
      start = end + 1;
    }
  }

  private void contour(Visitor v, int start, int n) {
    // Start at an on-curve point when there is one.
    int first = -1;
    for (int i = 0; i < n; i++) {
      if (onCurve[start + i]) {
        first = i;
        break;
      }
    }
    double startX;
    double startY;
    if (first >= 0) {
      startX = xs[start + first];
      startY = ys[start + first];
    } else {
      // All points off the curve: start at the one implied between the last and the first, and
      // walk all of them.
      int last = start + n - 1;
      startX = (xs[last] + xs[start]) / 2.0;
      startY = (ys[last] + ys[start]) / 2.0;
    }
    v.moveTo(startX, startY);
    boolean pending = false; // an off-curve control point waiting for its end point
    double cx = 0;
    double cy = 0;
    int from = first < 0 ? 0 : first + 1;
    int steps = first < 0 ? n : n - 1;
    for (int k = 0; k < steps; k++) {
      int i = start + (from + k) % n;
      double x = xs[i];
      double y = ys[i];
      if (onCurve[i]) {
        if (pending) v.quadTo(cx, cy, x, y);
        else v.lineTo(x, y);
        pending = false;
      } else {
        if (pending) {
          v.quadTo(cx, cy, (cx + x) / 2.0, (cy + y) / 2.0);
        }
        cx = x;
        cy = y;
        pending = true;
      }
    }
    if (pending) v.quadTo(cx, cy, startX, startY);
    v.close();
  }

  /** An outline over arrays the caller has checked and will not touch again. */
  static GlyphOutline wrap(int[] contourEnds, int[] xs, int[] ys, boolean[] onCurve) {
    return new GlyphOutline(contourEnds, xs, ys, onCurve);
  }

  /** An outline from plain arrays (for tests): contour ends, coordinates, on-curve flags. */
  public static GlyphOutline of(int[] contourEnds, int[] xs, int[] ys, boolean[] onCurve) {
    if (xs.length != ys.length || xs.length != onCurve.length) throw new IllegalArgumentException("arrays differ in length");
    int previous = -1;
    for (int e : contourEnds) {
      if (e < previous || e >= xs.length) throw new IllegalArgumentException("bad contour end " + e);
      previous = e;
    }
    return new GlyphOutline(contourEnds.clone(), xs.clone(), ys.clone(), onCurve.clone());
  }
}

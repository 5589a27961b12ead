package cz.sazba.epub;

import java.util.Arrays;

/**
 * The cover scan converter as it was before branch epubprep (one coverage box per shape, every
 * pixel of it summed and blended): kept as the reference {@code GrayRasterEquivalenceTest} holds
 * the faster {@link GrayRaster} to, byte for byte. It fills the lines of the same
 * {@link GrayRaster.Shape}: the flattening of the contours did not change, only their filling.
 *
 * <p>
 * An 8-bit grey picture (one byte a pixel, rows top to bottom, no padding) and an anti-aliased
 * scan converter to paint into it, for the drawn cover: no Java2D. Only plain {@code double}
 * arithmetic in a fixed order, so the same calls give the same bytes on every JVM, thread,
 * locale and time zone.
 *
 * <p>A shape ({@link Shape}: contours of lines and quadratic curves, in pixels, y down) is
 * filled by exact area coverage: the quadratics are flattened into lines, and each line adds, to
 * the pixels of each row it crosses, the signed area it leaves to its right within the pixel
 * ({@code area}) and its height there to the pixel after ({@code cover}); a running sum along the
 * row then gives each pixel's signed coverage, whose magnitude clamped to 1 is the non-zero fill
 * of the contours (a counter wound the other way cancels to 0; overlapping contours wound the
 * same way stay 1). Each shape (one glyph) is converted on its own and then painted over the
 * picture in one colour by its coverage, so that two glyphs that touch do not cancel each other.
 */
final class ReferenceGrayRaster {
  private final int width;
  private final int height;
  private final byte[] pixels;

  /** A picture filled with the grey {@code background} (0 black to 255 white). */
  ReferenceGrayRaster(int width, int height, int background) {
    if (width <= 0 || height <= 0) throw new IllegalArgumentException("empty raster " + width + "x" + height);
    this.width = width;
    this.height = height;
    this.pixels = new byte[width * height];
    Arrays.fill(pixels, (byte) grey(background));
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  /** The pixel at column {@code x}, row {@code y}, 0–255. */
  int get(int x, int y) {
    return pixels[y * width + x] & 0xFF;
  }

  /** The pixels, row by row: a fresh copy. */
  byte[] pixels() {
    return pixels.clone();
  }

  /** Pixels {@code x…x+w-1} of rows {@code y…y+h-1} (clipped to the picture) set to {@code grey}. */
  void fillRect(int x, int y, int w, int h, int grey) {
    byte value = (byte) grey(grey);
    int x0 = Math.max(0, x);
    int x1 = Math.min(width, x + w);
    for (int row = Math.max(0, y); row < Math.min(height, y + h); row++) {
      if (x0 < x1) Arrays.fill(pixels, row * width + x0, row * width + x1, value);
    }
  }

  /** {@code shape}'s pixels painted in {@code grey}, each by the part of it the shape covers. */
  void fill(GrayRaster.Shape shape, int grey) {
    Coverage c = coverage(shape);
    if (c == null) return;
    int ink = grey(grey);
    for (int row = 0; row < c.height; row++) {
      int y = c.top + row;
      if (y < 0 || y >= height) continue;
      for (int col = 0; col < c.width; col++) {
        int x = c.left + col;
        if (x < 0 || x >= width) continue;
        double alpha = c.alpha[row * c.width + col];
        if (alpha <= 0) continue;
        int at = y * width + x;
        int under = pixels[at] & 0xFF;
        pixels[at] = (byte) (int) Math.round(under + (ink - under) * alpha);
      }
    }
  }

  private static int grey(int value) {
    if (value < 0 || value > 255) throw new IllegalArgumentException("grey level " + value);
    return value;
  }

  /** A shape's coverage: {@code alpha} (0–1) for the pixels of a box whose top left pixel is ({@code left}, {@code top}). */
  record Coverage(int left, int top, int width, int height, double[] alpha) {}

  /** The pixels the closed contours cover, non-zero winding; null when they cover none. */
  static Coverage coverage(GrayRaster.Shape shape) {
    shape.close();
    int count = shape.lineCount();
    double[] lines = shape.lines();
    if (count == 0) return null;
    int left = (int) Math.floor(shape.minX());
    int top = (int) Math.floor(shape.minY());
    int w = (int) Math.ceil(shape.maxX()) - left + 1;
    int h = (int) Math.ceil(shape.maxY()) - top + 1;
    int stride = w + 2; // a line on the box's right edge writes one cell past it
    double[] acc = new double[stride * h];
    for (int i = 0; i < count; i++) {
      accumulate(acc, stride, h, lines[4 * i] - left, lines[4 * i + 1] - top, lines[4 * i + 2] - left,
          lines[4 * i + 3] - top);
    }
    double[] alpha = new double[w * h];
    boolean any = false;
    for (int row = 0; row < h; row++) {
      double sum = 0;
      for (int col = 0; col < w; col++) {
        sum += acc[row * stride + col];
        double a = Math.min(1.0, Math.abs(sum));
        // What rounding leaves of a closed contour (about 1e-12) is no ink.
        if (a < 1e-9) a = 0;
        alpha[row * w + col] = a;
        any |= a > 0;
      }
    }
    return any ? new Coverage(left, top, w, h, alpha) : null;
  }

  /** One line's area and cover, in the box's coordinates, row by row. */
  private static void accumulate(double[] acc, int stride, int h, double x0, double y0, double x1, double y1) {
    double sign = 1;
    if (y0 > y1) {
      double t = x0;
      x0 = x1;
      x1 = t;
      t = y0;
      y0 = y1;
      y1 = t;
      sign = -1;
    }
    double dxdy = (x1 - x0) / (y1 - y0);
    int firstRow = Math.max(0, (int) Math.floor(y0));
    int lastRow = Math.min(h - 1, (int) Math.ceil(y1) - 1);
    for (int row = firstRow; row <= lastRow; row++) {
      double ya = Math.max(y0, row);
      double yb = Math.min(y1, row + 1.0);
      if (yb <= ya) continue;
      double xa = x0 + (ya - y0) * dxdy;
      double xb = x0 + (yb - y0) * dxdy;
      span(acc, row * stride, Math.min(xa, xb), Math.max(xa, xb), sign * (yb - ya));
    }
  }

  /**
   * The piece of a line within one row, from {@code lo} to {@code hi} across it, descending
   * {@code d} (signed) of the row: cut at each pixel boundary it crosses, each piece's share of
   * {@code d} (its width over the whole width: the line is straight) goes to its pixel as the
   * area right of the line's mean position there, and the rest to the pixel after.
   */
  private static void span(double[] acc, int rowStart, double lo, double hi, double d) {
    int firstCol = (int) Math.floor(lo);
    if (hi - lo < 1e-12 || (int) Math.floor(hi) == firstCol) {
      cell(acc, rowStart, firstCol, (lo + hi) / 2, d);
      return;
    }
    double perUnit = d / (hi - lo);
    for (int col = firstCol; col < hi; col++) {
      double a = Math.max(lo, col);
      double b = Math.min(hi, col + 1.0);
      if (b <= a) continue;
      cell(acc, rowStart, col, (a + b) / 2, perUnit * (b - a));
    }
  }

  private static void cell(double[] acc, int rowStart, int col, double meanX, double d) {
    double inside = meanX - col; // 0 at the pixel's left edge, 1 at its right
    acc[rowStart + col] += d * (1 - inside);
    acc[rowStart + col + 1] += d * inside;
  }
}

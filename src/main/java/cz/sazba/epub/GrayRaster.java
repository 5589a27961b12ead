package cz.sazba.epub;

import java.util.Arrays;

/**
 * An 8-bit grey picture and an anti-aliased scan converter to paint into it, for the drawn cover:
 * no Java2D. Only plain {@code double} arithmetic in a fixed order, so the same calls give the
 * same bytes on every JVM, thread, locale and time zone. The rows are kept as a PNG's filtered
 * image data is laid out (each row a filter-type byte 0, then one byte a pixel, rows top to
 * bottom), so that {@link GrayPng} deflates them as they are, without a copy.
 *
 * <p>A shape ({@link Shape}: contours of lines and quadratic curves, in pixels, y down) is
 * filled by exact area coverage: the quadratics are flattened into lines, and each line adds, to
 * the pixels of each row it crosses, the signed area it leaves to its right within the pixel
 * ({@code area}) and its height there to the pixel after ({@code cover}); a running sum along the
 * row then gives each pixel's signed coverage, whose magnitude clamped to 1 is the non-zero fill
 * of the contours (a counter wound the other way cancels to 0; overlapping contours wound the
 * same way stay 1). Each shape (one glyph) is converted on its own and then painted over the
 * picture in one colour by its coverage, so that two glyphs that touch do not cancel each other.
 *
 * <p>Only the cells a line touched change the running sum, so the converter marks them in a bit
 * set and walks a row from one marked cell to the next: between two the coverage is the same, a
 * run of pixels painted at once (all ink when fully covered, nothing when empty). The sum adds
 * the same cells in the same order as a walk over every pixel would (the unmarked ones hold 0), so
 * the bytes are those of a pixel-by-pixel converter; {@code GrayRasterEquivalenceTest} holds it to
 * one. A cover is mostly paper and glyph interiors, and this way neither costs a step per pixel.
 */
final class GrayRaster {
  private final int width;
  private final int height;
  /** Bytes per row: the filter-type byte, then the pixels. */
  private final int stride;
  private final byte[] rows;
  /** A shape's area and cover per cell, all 0 between shapes (each cell is cleared as it is read). */
  private double[] acc = new double[0];
  /** Which cells of {@link #acc} a line touched, cleared after each shape. */
  private long[] touched = new long[0];

  /** A picture filled with the grey {@code background} (0 black to 255 white). */
  GrayRaster(int width, int height, int background) {
    if (width <= 0 || height <= 0) throw new IllegalArgumentException("empty raster " + width + "x" + height);
    this.width = width;
    this.height = height;
    this.stride = width + 1;
    this.rows = new byte[stride * height];
    // One row, then copies of what is done doubling each time: a few calls instead of a step a
    // pixel, which the interpreter of a cold start takes a long while over for 2 million pixels.
    Arrays.fill(rows, 1, stride, (byte) grey(background));
    for (int done = stride; done < rows.length; done += Math.min(done, rows.length - done)) {
      System.arraycopy(rows, 0, rows, done, Math.min(done, rows.length - done));
    }
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  /** The pixel at column {@code x}, row {@code y}, 0–255. */
  int get(int x, int y) {
    return rows[y * stride + 1 + x] & 0xFF;
  }

  /** The pixels, row by row with no padding: a fresh copy. */
  byte[] pixels() {
    byte[] out = new byte[width * height];
    for (int y = 0; y < height; y++) System.arraycopy(rows, y * stride + 1, out, y * width, width);
    return out;
  }

  /**
   * The rows as a PNG's image data before compression (filter type 0 each): the raster's own
   * array, for {@link GrayPng} to read and not to change.
   */
  byte[] filteredRows() {
    return rows;
  }

  /** Pixels {@code x…x+w-1} of rows {@code y…y+h-1} (clipped to the picture) set to {@code grey}. */
  void fillRect(int x, int y, int w, int h, int grey) {
    byte value = (byte) grey(grey);
    int x0 = Math.max(0, x);
    int x1 = Math.min(width, x + w);
    for (int row = Math.max(0, y); row < Math.min(height, y + h); row++) {
      if (x0 < x1) Arrays.fill(rows, row * stride + 1 + x0, row * stride + 1 + x1, value);
    }
  }

  /** {@code shape}'s pixels painted in {@code grey}, each by the part of it the shape covers. */
  void fill(Shape shape, int grey) {
    int ink = grey(grey);
    shape.close();
    if (shape.count == 0) return;
    int left = (int) Math.floor(shape.minX);
    int top = (int) Math.floor(shape.minY);
    int w = (int) Math.ceil(shape.maxX) - left + 1;
    int h = (int) Math.ceil(shape.maxY) - top + 1;
    int cellStride = w + 2; // a line on the box's right edge writes one cell past it
    int cells = cellStride * h;
    if (acc.length < cells) {
      acc = new double[Math.max(cells, 2 * acc.length)];
      touched = new long[(acc.length + 63) >>> 6];
    }
    double[] lines = shape.lines;
    for (int i = 0; i < shape.count; i++) {
      accumulate(acc, touched, cellStride, h, lines[4 * i] - left, lines[4 * i + 1] - top, lines[4 * i + 2] - left,
          lines[4 * i + 3] - top);
    }
    for (int row = 0; row < h; row++) {
      int y = top + row;
      // The whole row is read even off the picture: that clears its cells for the next shape.
      boolean visible = y >= 0 && y < height;
      int rowCell = row * cellStride;
      int pixelStart = y * stride + 1 + left; // where the box's column 0 is, clipped below
      double sum = 0;
      int from = 0; // the first column whose coverage is not painted yet
      for (int cell = nextTouched(rowCell, rowCell + cellStride); cell >= 0;
          cell = nextTouched(cell + 1, rowCell + cellStride)) {
        int col = cell - rowCell;
        double d = acc[cell];
        acc[cell] = 0;
        // Cells w and w + 1 are never summed: nothing of the box is there.
        if (col >= w) continue;
        if (visible && col > from) run(pixelStart, left, from, col, alpha(sum), ink);
        sum += d;
        from = col;
      }
      if (visible && w > from) run(pixelStart, left, from, w, alpha(sum), ink);
    }
    Arrays.fill(touched, 0, (cells + 63) >>> 6, 0L);
  }

  /** The coverage of a running sum: its magnitude up to 1, and 0 for what rounding leaves of a closed contour (about 1e-12). */
  private static double alpha(double sum) {
    double a = Math.min(1.0, Math.abs(sum));
    return a < 1e-9 ? 0 : a;
  }

  /** Columns {@code from…to-1} of the box (clipped to the picture) painted in {@code ink} by {@code alpha}. */
  private void run(int pixelStart, int left, int from, int to, double alpha, int ink) {
    if (alpha <= 0) return;
    int x0 = Math.max(from, -left);
    int x1 = Math.min(to, width - left);
    if (x0 >= x1) return;
    if (alpha >= 1) {
      // under + (ink - under) * 1.0 is ink exactly, whatever was under.
      Arrays.fill(rows, pixelStart + x0, pixelStart + x1, (byte) ink);
      return;
    }
    for (int at = pixelStart + x0; at < pixelStart + x1; at++) {
      int under = rows[at] & 0xFF;
      rows[at] = (byte) (int) Math.round(under + (ink - under) * alpha);
    }
  }

  /** The first touched cell in {@code from…to-1}, or -1. */
  private int nextTouched(int from, int to) {
    if (from >= to) return -1;
    int word = from >>> 6;
    long bits = touched[word] & (-1L << from);
    while (true) {
      if (bits != 0) {
        int cell = (word << 6) + Long.numberOfTrailingZeros(bits);
        return cell < to ? cell : -1;
      }
      if (++word << 6 >= to) return -1;
      bits = touched[word];
    }
  }

  private static int grey(int value) {
    if (value < 0 || value > 255) throw new IllegalArgumentException("grey level " + value);
    return value;
  }

  /** One line's area and cover, in the box's coordinates, row by row. */
  private static void accumulate(double[] acc, long[] touched, int stride, int h, double x0, double y0, double x1,
      double y1) {
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
      span(acc, touched, row * stride, Math.min(xa, xb), Math.max(xa, xb), sign * (yb - ya));
    }
  }

  /**
   * The piece of a line within one row, from {@code lo} to {@code hi} across it, descending
   * {@code d} (signed) of the row: cut at each pixel boundary it crosses, each piece's share of
   * {@code d} (its width over the whole width: the line is straight) goes to its pixel as the
   * area right of the line's mean position there, and the rest to the pixel after.
   */
  private static void span(double[] acc, long[] touched, int rowStart, double lo, double hi, double d) {
    int firstCol = (int) Math.floor(lo);
    if (hi - lo < 1e-12 || (int) Math.floor(hi) == firstCol) {
      cell(acc, touched, rowStart, firstCol, (lo + hi) / 2, d);
      return;
    }
    double perUnit = d / (hi - lo);
    for (int col = firstCol; col < hi; col++) {
      double a = Math.max(lo, col);
      double b = Math.min(hi, col + 1.0);
      if (b <= a) continue;
      cell(acc, touched, rowStart, col, (a + b) / 2, perUnit * (b - a));
    }
  }

  private static void cell(double[] acc, long[] touched, int rowStart, int col, double meanX, double d) {
    double inside = meanX - col; // 0 at the pixel's left edge, 1 at its right
    int at = rowStart + col;
    acc[at] += d * (1 - inside);
    acc[at + 1] += d * inside;
    touched[at >>> 6] |= 1L << at;
    touched[(at + 1) >>> 6] |= 1L << (at + 1);
  }

  /**
   * Contours of lines and quadratic curves in pixel coordinates (x right, y down), each closed
   * back to its start. Collected flattened, converted by {@link GrayRaster#fill}.
   */
  static final class Shape {
    /** The most a flattened curve is off the true one, in pixels. */
    private static final double TOLERANCE = 0.05;

    private double[] lines = new double[256]; // x0, y0, x1, y1 per line
    private int count;
    private double startX;
    private double startY;
    private double x;
    private double y;
    private boolean open;
    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    void moveTo(double px, double py) {
      close();
      startX = x = px;
      startY = y = py;
      open = true;
      extend(px, py);
    }

    void lineTo(double px, double py) {
      if (!open) moveTo(x, y);
      add(x, y, px, py);
      x = px;
      y = py;
      extend(px, py);
    }

    /** A quadratic Bézier curve from the current point through control point ({@code cx}, {@code cy}). */
    void quadTo(double cx, double cy, double px, double py) {
      if (!open) moveTo(x, y);
      // A quadratic's straight-line error over a step h of its parameter is at most h^2 |p0 - 2c + p1| / 4.
      double ddx = x - 2 * cx + px;
      double ddy = y - 2 * cy + py;
      double deviation = Math.sqrt(ddx * ddx + ddy * ddy);
      int steps = Math.max(1, (int) Math.ceil(Math.sqrt(deviation / (4 * TOLERANCE))));
      double x0 = x;
      double y0 = y;
      double lastX = x0;
      double lastY = y0;
      for (int i = 1; i <= steps; i++) {
        double t = (double) i / steps;
        double u = 1 - t;
        double nx = i == steps ? px : u * u * x0 + 2 * u * t * cx + t * t * px;
        double ny = i == steps ? py : u * u * y0 + 2 * u * t * cy + t * t * py;
        add(lastX, lastY, nx, ny);
        lastX = nx;
        lastY = ny;
      }
      // The curve lies within the triangle of its points.
      extend(cx, cy);
      extend(px, py);
      x = px;
      y = py;
    }

    /** Closes the current contour with a line back to its start. */
    void close() {
      if (open && (x != startX || y != startY)) add(x, y, startX, startY);
      x = startX;
      y = startY;
      open = false;
    }

    // What the contours came to, for another converter to read and not to change (the tests'
    // reference converter, which fills the same flattened lines the old way).
    double[] lines() {
      return lines;
    }

    int lineCount() {
      return count;
    }

    double minX() {
      return minX;
    }

    double minY() {
      return minY;
    }

    double maxX() {
      return maxX;
    }

    double maxY() {
      return maxY;
    }

    /** A rectangle, for tests and rules not on whole pixels. */
    void rect(double left, double top, double w, double h) {
      moveTo(left, top);
      lineTo(left + w, top);
      lineTo(left + w, top + h);
      lineTo(left, top + h);
      close();
    }

    private void extend(double px, double py) {
      if (px < minX) minX = px;
      if (px > maxX) maxX = px;
      if (py < minY) minY = py;
      if (py > maxY) maxY = py;
    }

    private void add(double x0, double y0, double x1, double y1) {
      if (y0 == y1) return; // a horizontal line covers nothing to its right
      if (4 * count + 4 > lines.length) lines = Arrays.copyOf(lines, lines.length * 2);
      lines[4 * count] = x0;
      lines[4 * count + 1] = y0;
      lines[4 * count + 2] = x1;
      lines[4 * count + 3] = y1;
      count++;
    }
  }
}

package cz.sazba.font;

import java.io.IOException;

/**
 * Single glyphs out of {@code glyf} through {@code loca}, read in place from the font file when
 * asked for: a glyph's top (for fonts without cap and x heights in OS/2) and its outline (the
 * EPUB cover draws letters). Nothing is read ahead, so a font whose glyphs are never drawn costs
 * nothing here.
 *
 * <p>Composite glyphs are flattened the way fontbox (which read them before) did, so that the
 * outlines stay the same point for point: each component's points in order, transformed by its
 * scale or 2×2 matrix, rounded, then moved by its x/y offset (components placed by matching points
 * are not moved); a component that cannot be read is left out; nesting deeper than maxp's
 * {@code maxComponentDepth} counts as unreadable, and so does a component that contains the glyph
 * it is read for (a cycle, which fontbox followed down to that depth). A simple
 * glyph's x coordinates start from its left side bearing minus its xMin (zero in a well-made font).
 */
final class GlyfTable {
  private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
  private static final int ARGS_ARE_XY_VALUES = 0x0002;
  private static final int WE_HAVE_A_SCALE = 0x0008;
  private static final int MORE_COMPONENTS = 0x0020;
  private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
  private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;

  private static final int REPEAT = 0x08;
  private static final int X_SHORT = 0x02;
  private static final int Y_SHORT = 0x04;
  private static final int X_SAME_OR_POSITIVE = 0x10;
  private static final int Y_SAME_OR_POSITIVE = 0x20;

  /**
   * Nesting deeper than this is refused whatever maxp says, and so is a glyph whose reading takes
   * more components and points than this: a hostile file cannot make it recurse or grow without end.
   */
  private static final int DEPTH_LIMIT = 32;
  private static final int POINT_LIMIT = 1 << 20;

  private final TableBytes glyf;
  private final TableBytes loca;
  private final boolean longLoca;
  private final int glyphCount;
  private final TableBytes hmtx;
  private final int longMetrics;
  private final int maxComponentDepth;

  private GlyfTable(TableBytes glyf, TableBytes loca, boolean longLoca, int glyphCount, TableBytes hmtx,
      int longMetrics, int maxComponentDepth) {
    this.glyf = glyf;
    this.loca = loca;
    this.longLoca = longLoca;
    this.glyphCount = glyphCount;
    this.hmtx = hmtx;
    this.longMetrics = longMetrics;
    this.maxComponentDepth = maxComponentDepth;
  }

  /** The glyphs of a font file whose head, maxp, loca and glyf are known to be there. */
  static GlyfTable of(SfntFile file) throws IOException {
    TableBytes head = file.table("head");
    TableBytes maxp = file.table("maxp");
    TableBytes hhea = file.table("hhea");
    TableBytes glyf = file.table("glyf");
    TableBytes loca = file.table("loca");
    if (head == null || maxp == null || glyf == null || loca == null) {
      throw new IOException("font lacks a head, maxp, loca or glyf table");
    }
    int depth = maxp.length() >= 32 && maxp.s32(0) >= 0x00010000 ? Math.min(DEPTH_LIMIT, maxp.u16(30)) : 0;
    return new GlyfTable(glyf, loca, head.s16(50) != 0, maxp.u16(4), file.table("hmtx"),
        hhea == null ? 0 : hhea.u16(34), depth);
  }

  /** Where a glyph's data starts in glyf (glyph {@code glyphCount} gives the end of the last). */
  private int offset(int glyph) throws IOException {
    return longLoca ? loca.u32(4 * glyph) : 2 * loca.u16(2 * glyph);
  }

  /** yMax of the glyph's header, 0 for a glyph without outline; {@code fallback} for an id outside the font. */
  int top(int glyph, int fallback) throws IOException {
    if (glyph < 0 || glyph >= glyphCount) return fallback;
    int start = offset(glyph);
    if (start == offset(glyph + 1)) return 0;
    return glyf.s16(start + 8);
  }

  /** The glyph's outline, composites flattened; {@link GlyphOutline#EMPTY} when it has none. */
  GlyphOutline outline(int glyph) throws IOException {
    if (glyph < 0 || glyph >= glyphCount) return GlyphOutline.EMPTY;
    int[] path = new int[DEPTH_LIMIT + 3]; // the composites being read, and the work left at the end
    path[path.length - 1] = POINT_LIMIT;
    Points points = points(glyph, 0, path);
    if (points == null || points.contours <= 0 || points.count <= 0) return GlyphOutline.EMPTY;
    int[] ends = java.util.Arrays.copyOf(points.ends, points.contours);
    for (int i = 0; i < ends.length; i++) {
      if (ends[i] >= points.count || (i > 0 && ends[i] < ends[i - 1])) {
        throw new IOException("glyph " + glyph + ": contour end " + ends[i] + " out of order or past its "
            + points.count + " points");
      }
    }
    boolean[] on = new boolean[points.count];
    for (int i = 0; i < on.length; i++) on[i] = (points.flags[i] & 0x01) != 0;
    return GlyphOutline.wrap(ends, java.util.Arrays.copyOf(points.xs, points.count),
        java.util.Arrays.copyOf(points.ys, points.count), on);
  }

  /** A glyph's points as read: contour ends, coordinates and flags; arrays may be longer than used. */
  private static final class Points {
    int[] ends;
    int contours;
    int[] xs;
    int[] ys;
    byte[] flags;
    int count;

    Points(int contours, int count) {
      this.ends = new int[contours];
      this.xs = new int[count];
      this.ys = new int[count];
      this.flags = new byte[count];
    }
  }

  /**
   * The points of a glyph at composite nesting {@code level}, {@code path[0..level)} the
   * composites it is read for; null for an id outside the font. The last element of
   * {@code path} is what is left of the glyph's budget: components and points read, however
   * often the same component is.
   */
  private Points points(int glyph, int level, int[] path) throws IOException {
    if (--path[path.length - 1] < 0) throw glyf.malformed("composite glyph of more than " + POINT_LIMIT + " parts");
    if (glyph < 0 || glyph >= glyphCount) return null;
    int start = offset(glyph);
    if (start == offset(glyph + 1)) return new Points(0, 0);
    if (level > maxComponentDepth) throw glyf.malformed("composite glyph nested deeper than " + maxComponentDepth);
    for (int i = 0; i < level; i++) {
      if (path[i] == glyph) throw glyf.malformed("composite glyph " + glyph + " contains itself");
    }
    int contours = glyf.s16(start);
    if (contours >= 0) return simple(glyph, start, contours);
    path[level] = glyph;
    return composite(start + 10, level, path);
  }

  private Points simple(int glyph, int start, int contours) throws IOException {
    if (contours == 0) return new Points(0, 0);
    int at = start + 10;
    int last = glyf.u16(at + 2 * (contours - 1));
    if (contours == 1 && last == 0xFFFF) {
      Points none = new Points(1, 0); // an empty glyph written as one contour ending at 65535
      none.ends[0] = last;
      none.contours = 1;
      return none;
    }
    int count = last + 1;
    Points p = new Points(contours, count);
    for (int i = 0; i < contours; i++) p.ends[i] = glyf.u16(at + 2 * i);
    p.contours = contours;
    p.count = count;
    at += 2 * contours;
    at += 2 + glyf.u16(at); // instructions
    byte[] flags = p.flags;
    for (int i = 0; i < count; i++) {
      int flag = glyf.u8(at++);
      flags[i] = (byte) flag;
      if ((flag & REPEAT) != 0) {
        int repeats = glyf.u8(at++);
        if (i + repeats >= count) {
          throw glyf.malformed("glyph " + glyph + ": flag repeat count " + repeats + " past its " + count + " points");
        }
        for (int k = 1; k <= repeats; k++) flags[i + k] = (byte) flag;
        i += repeats;
      }
    }
    short x = (short) (leftSideBearing(glyph) - glyf.s16(start + 2));
    for (int i = 0; i < count; i++) {
      int flag = flags[i];
      if ((flag & X_SHORT) != 0) {
        int d = glyf.u8(at++);
        x += (flag & X_SAME_OR_POSITIVE) != 0 ? d : -d;
      } else if ((flag & X_SAME_OR_POSITIVE) == 0) {
        x += glyf.s16(at);
        at += 2;
      }
      p.xs[i] = x;
    }
    short y = 0;
    for (int i = 0; i < count; i++) {
      int flag = flags[i];
      if ((flag & Y_SHORT) != 0) {
        int d = glyf.u8(at++);
        y += (flag & Y_SAME_OR_POSITIVE) != 0 ? d : -d;
      } else if ((flag & Y_SAME_OR_POSITIVE) == 0) {
        y += glyf.s16(at);
        at += 2;
      }
      p.ys[i] = y;
    }
    return p;
  }

  private int leftSideBearing(int glyph) throws IOException {
    if (hmtx == null || longMetrics == 0) return 0;
    if (glyph < longMetrics) return hmtx.s16(4 * glyph + 2);
    int at = 4 * longMetrics + 2 * (glyph - longMetrics);
    // A table too short for every glyph's bearing reads as 0 for the rest (fontbox did the same).
    return at + 2 <= hmtx.length() ? hmtx.s16(at) : 0;
  }

  private Points composite(int at, int level, int[] path) throws IOException {
    Points out = new Points(8, 64);
    Points lastComponent;
    int flags;
    do {
      flags = glyf.u16(at);
      int component = glyf.u16(at + 2);
      int dx = 0;
      int dy = 0;
      if ((flags & ARG_1_AND_2_ARE_WORDS) != 0) {
        if ((flags & ARGS_ARE_XY_VALUES) != 0) {
          dx = glyf.s16(at + 4);
          dy = glyf.s16(at + 6);
        }
        at += 8;
      } else {
        if ((flags & ARGS_ARE_XY_VALUES) != 0) {
          dx = glyf.s8(at + 4);
          dy = glyf.s8(at + 5);
        }
        at += 6;
      }
      double xx = 1;
      double yy = 1;
      double xy = 0; // scale01: x's part in y
      double yx = 0; // scale10: y's part in x
      boolean transformed = true;
      if ((flags & WE_HAVE_A_SCALE) != 0) {
        xx = yy = glyf.s16(at) / (double) 0x4000;
        at += 2;
      } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
        xx = glyf.s16(at) / (double) 0x4000;
        yy = glyf.s16(at + 2) / (double) 0x4000;
        at += 4;
      } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
        xx = glyf.s16(at) / (double) 0x4000;
        xy = glyf.s16(at + 2) / (double) 0x4000;
        yx = glyf.s16(at + 4) / (double) 0x4000;
        yy = glyf.s16(at + 6) / (double) 0x4000;
        at += 8;
      } else {
        transformed = false;
      }
      Points p;
      try {
        p = points(component, level + 1, path);
      } catch (IOException e) {
        if (path[path.length - 1] < 0) throw e; // the budget is spent: the whole glyph is refused
        p = null; // an unreadable component is left out, the rest of the glyph still drawn
      }
      lastComponent = p;
      if (p != null) {
        path[path.length - 1] -= p.count;
        if (path[path.length - 1] < 0) throw glyf.malformed("composite glyph of more than " + POINT_LIMIT + " parts");
        append(out, p, transformed, xx, xy, yx, yy, dx, dy);
      }
    } while ((flags & MORE_COMPONENTS) != 0);
    // As fontbox counted: the glyph's points end where its last component's end, so a glyph
    // whose last component is unreadable has none.
    if (lastComponent == null) {
      out.count = 0;
      out.contours = 0;
    }
    return out;
  }

  private static void append(Points out, Points p, boolean transformed, double xx, double xy, double yx,
      double yy, int dx, int dy) {
    int first = out.count;
    if (out.contours + p.contours > out.ends.length) {
      out.ends = java.util.Arrays.copyOf(out.ends, Math.max(2 * out.ends.length, out.contours + p.contours));
    }
    for (int i = 0; i < p.contours; i++) out.ends[out.contours + i] = p.ends[i] + first;
    out.contours += p.contours;
    int need = first + p.count;
    if (need > out.xs.length) {
      int size = Math.max(2 * out.xs.length, need);
      out.xs = java.util.Arrays.copyOf(out.xs, size);
      out.ys = java.util.Arrays.copyOf(out.ys, size);
      out.flags = java.util.Arrays.copyOf(out.flags, size);
    }
    for (int i = 0; i < p.count; i++) {
      int x = p.xs[i];
      int y = p.ys[i];
      int nx = transformed ? Math.round((float) (x * xx + y * yx)) : x;
      int ny = transformed ? Math.round((float) (x * xy + y * yy)) : y;
      out.xs[first + i] = (short) (nx + dx);
      out.ys[first + i] = (short) (ny + dy);
      out.flags[first + i] = p.flags[i];
    }
    out.count = need;
  }
}

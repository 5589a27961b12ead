package cz.sazba.font;

import java.util.Arrays;

/**
 * Code point to glyph id, read once from the cmap. The Basic Multilingual Plane is a flat table
 * (a lookup per character of every word must be one array access); the few supplementary code
 * points sit in a sorted array searched by bisection.
 */
final class CodePointMap {
  private final char[] bmp;
  private final int[] supplementaryCodePoints;
  private final int[] supplementaryGlyphs;

  private CodePointMap(char[] bmp, int[] supplementaryCodePoints, int[] supplementaryGlyphs) {
    this.bmp = bmp;
    this.supplementaryCodePoints = supplementaryCodePoints;
    this.supplementaryGlyphs = supplementaryGlyphs;
  }

  /**
   * Builds the map from the inverse relation the font gives us: for each glyph, the code points
   * that map to it ({@code codePointsByGlyph[g]}, may be null).
   */
  static CodePointMap fromGlyphCodes(int[][] codePointsByGlyph) {
    char[] bmp = new char[0x10000];
    long[] supplementary = new long[16];
    int supplementaryCount = 0;
    for (int glyph = 1; glyph < codePointsByGlyph.length; glyph++) {
      int[] codes = codePointsByGlyph[glyph];
      if (codes == null) continue;
      for (int code : codes) {
        if (code < 0 || code > Character.MAX_CODE_POINT) continue;
        if (code < 0x10000) {
          // Several code points may share a glyph; a code point has only one glyph.
          bmp[code] = (char) glyph;
        } else {
          if (supplementaryCount == supplementary.length) {
            supplementary = Arrays.copyOf(supplementary, supplementaryCount * 2);
          }
          supplementary[supplementaryCount++] = ((long) code << 32) | glyph;
        }
      }
    }
    // Sorting by (code point, glyph) keeps the result independent of enumeration order.
    long[] sorted = Arrays.copyOf(supplementary, supplementaryCount);
    Arrays.sort(sorted);
    int[] codes = new int[supplementaryCount];
    int[] glyphs = new int[supplementaryCount];
    int n = 0;
    for (long entry : sorted) {
      int code = (int) (entry >>> 32);
      if (n > 0 && codes[n - 1] == code) continue;
      codes[n] = code;
      glyphs[n] = (int) entry;
      n++;
    }
    return new CodePointMap(bmp, Arrays.copyOf(codes, n), Arrays.copyOf(glyphs, n));
  }

  /**
   * Builds the map from the cmap's own direction, code point to glyph, as a subtable is read: a
   * later entry for a code point replaces an earlier one (the forward map fontbox built and
   * {@link #fromGlyphCodes} inverted twice over), glyphs outside the font count as none.
   */
  static final class Builder {
    private final int glyphCount;
    private final char[] bmp = new char[0x10000];
    /** Supplementary entries as (code point, order of arrival), with their glyphs by arrival. */
    private long[] supplementary = new long[16];
    private int[] supplementaryGlyphs = new int[16];
    private int supplementaryCount;

    Builder(int glyphCount) {
      this.glyphCount = glyphCount;
    }

    void put(int code, int glyph) {
      if (code < 0 || code > Character.MAX_CODE_POINT) return;
      if (glyph >= glyphCount) glyph = 0;
      if (code < 0x10000) {
        bmp[code] = (char) glyph;
        return;
      }
      if (supplementaryCount == supplementary.length) {
        supplementary = Arrays.copyOf(supplementary, 2 * supplementaryCount);
        supplementaryGlyphs = Arrays.copyOf(supplementaryGlyphs, 2 * supplementaryCount);
      }
      supplementary[supplementaryCount] = ((long) code << 32) | supplementaryCount;
      supplementaryGlyphs[supplementaryCount] = glyph;
      supplementaryCount++;
    }

    CodePointMap build() {
      long[] sorted = Arrays.copyOf(supplementary, supplementaryCount);
      Arrays.sort(sorted);
      int[] codes = new int[supplementaryCount];
      int[] glyphs = new int[supplementaryCount];
      int n = 0;
      for (int i = 0; i < sorted.length; i++) {
        int code = (int) (sorted[i] >>> 32);
        // The last arrival of a code point is the last of its run in the sorted order.
        if (i + 1 < sorted.length && (int) (sorted[i + 1] >>> 32) == code) continue;
        int glyph = supplementaryGlyphs[(int) sorted[i]];
        if (glyph == 0) continue;
        codes[n] = code;
        glyphs[n] = glyph;
        n++;
      }
      return new CodePointMap(bmp, Arrays.copyOf(codes, n), Arrays.copyOf(glyphs, n));
    }
  }

  int glyphId(int codePoint) {
    if (codePoint >= 0 && codePoint < 0x10000) return bmp[codePoint];
    int at = Arrays.binarySearch(supplementaryCodePoints, codePoint);
    return at >= 0 ? supplementaryGlyphs[at] : 0;
  }

  int mappedCount() {
    int count = supplementaryCodePoints.length;
    for (char glyph : bmp) {
      if (glyph != 0) count++;
    }
    return count;
  }
}

package cz.sazba.font;

import java.io.IOException;

/**
 * The best Unicode subtable of a {@code cmap} into a {@link CodePointMap}, straight from the
 * table's bytes: only the chosen subtable is read, and code points go into the map as the
 * subtable lists them, with no list per glyph in between.
 *
 * <p>What a subtable maps is what fontbox made of it before (the tests compare the two for every
 * code point of every font we have): formats 4, 6 and 12 are read as code point to glyph, a later
 * entry for a code point replacing an earlier one; format 4 skips any segment that starts or ends
 * at U+FFFF; format 12 stops a group at its first glyph outside the font; formats 0 and 13 keep,
 * as fontbox did, only the last code point listed for each glyph; format 10 maps nothing.
 */
final class CmapReader {
  static final int PLATFORM_UNICODE = 0;
  static final int PLATFORM_WINDOWS = 3;

  /**
   * Unicode cmap subtables, best first: full-repertoire ones (format 12) before BMP-only ones.
   * Each entry is {platform id, encoding id}; of several records with the same ids the first counts.
   */
  static final int[][] UNICODE_SUBTABLES = {
    {PLATFORM_WINDOWS, 10}, // Unicode full repertoire
    {PLATFORM_UNICODE, 4}, // Unicode 2.0 full repertoire
    {PLATFORM_UNICODE, 3}, // Unicode 2.0 BMP
    {PLATFORM_WINDOWS, 1}, // Unicode BMP
    {PLATFORM_UNICODE, 1}, // Unicode 1.1
    {PLATFORM_UNICODE, 0}, // Unicode 1.0
  };

  private CmapReader() {}

  /**
   * The preferred Unicode subtable of {@code cmap} (null when the font has none) as a map: what
   * the typesetter shapes with and the EPUB's subsets keep, so both give a character the same glyph.
   *
   * @param name the font's file name, for the message
   */
  static CodePointMap unicode(String name, TableBytes cmap, int glyphCount) throws IOException {
    int subtable = cmap == null ? -1 : unicodeSubtable(cmap);
    if (subtable < 0) {
      throw new IOException(name + ": font has no Unicode cmap subtable (cannot map characters to glyphs)");
    }
    return read(cmap, subtable, glyphCount);
  }

  /** Offset in the cmap of the preferred Unicode subtable, or -1 when it has none. */
  static int unicodeSubtable(TableBytes cmap) throws IOException {
    int count = cmap.u16(2);
    for (int[] ids : UNICODE_SUBTABLES) {
      for (int i = 0; i < count; i++) {
        int record = 4 + 8 * i;
        if (cmap.u16(record) == ids[0] && cmap.u16(record + 2) == ids[1]) return cmap.u32(record + 4);
      }
    }
    return -1;
  }

  /** The code points of the subtable at {@code at} that map to glyphs below {@code glyphCount}. */
  static CodePointMap read(TableBytes cmap, int at, int glyphCount) throws IOException {
    int format = cmap.u16(at);
    CodePointMap.Builder map = new CodePointMap.Builder(glyphCount);
    switch (format) {
      case 4:
        format4(cmap, at, map);
        return map.build();
      case 12:
        format12(cmap, at, glyphCount, map);
        return map.build();
      case 6:
        int first = cmap.u16(at + 6);
        int entries = cmap.u16(at + 8);
        for (int i = 0; i < entries; i++) map.put(first + i, cmap.u16(at + 10 + 2 * i));
        return map.build();
      case 10:
        return map.build();
      case 0:
        return format0(cmap, at, glyphCount);
      case 13:
        return format13(cmap, at, glyphCount);
      default:
        throw cmap.malformed("Unicode subtable of format " + format + ", which is not supported");
    }
  }

  private static void format4(TableBytes cmap, int at, CodePointMap.Builder map) throws IOException {
    int segments = cmap.u16(at + 6) / 2;
    int ends = at + 14;
    int starts = ends + 2 * segments + 2;
    int deltas = starts + 2 * segments;
    int rangeOffsets = deltas + 2 * segments;
    for (int i = 0; i < segments; i++) {
      int start = cmap.u16(starts + 2 * i);
      int end = cmap.u16(ends + 2 * i);
      if (start == 0xFFFF || end == 0xFFFF) continue;
      int delta = cmap.u16(deltas + 2 * i);
      int rangeOffset = cmap.u16(rangeOffsets + 2 * i);
      if (rangeOffset == 0) {
        for (int c = start; c <= end; c++) map.put(c, (c + delta) & 0xFFFF);
      } else {
        int glyphs = rangeOffsets + 2 * i + rangeOffset;
        for (int c = start; c <= end; c++) {
          int glyph = cmap.u16(glyphs + 2 * (c - start));
          if (glyph != 0) map.put(c, (glyph + delta) & 0xFFFF);
        }
      }
    }
  }

  private static void format12(TableBytes cmap, int at, int glyphCount, CodePointMap.Builder map) throws IOException {
    int groups = cmap.u32(at + 12);
    for (int i = 0; i < groups; i++) {
      int group = at + 16 + 12 * i;
      int first = cmap.u32(group);
      int last = cmap.s32(group + 4);
      long startGlyph = cmap.s32(group + 8) & 0xFFFFFFFFL;
      if (first > 0x10FFFF || (first >= 0xD800 && first <= 0xDFFF)) {
        throw cmap.malformed(String.format("invalid character code 0x%X", first));
      }
      if ((last > 0 && last < first) || last < 0 || last > 0x10FFFF || (last >= 0xD800 && last <= 0xDFFF)) {
        throw cmap.malformed(String.format("invalid character code 0x%X", last & 0xFFFFFFFFL));
      }
      for (int c = first; c <= last; c++) {
        long glyph = startGlyph + (c - first);
        if (glyph >= glyphCount) break;
        map.put(c, (int) glyph);
      }
    }
  }

  /** Format 0: one byte per code 0..255; the last code of each glyph kept. */
  private static CodePointMap format0(TableBytes cmap, int at, int glyphCount) throws IOException {
    int[] codeByGlyph = new int[256];
    java.util.Arrays.fill(codeByGlyph, -1);
    for (int c = 0; c < 256; c++) codeByGlyph[cmap.u8(at + 6 + c)] = c;
    return byGlyph(codeByGlyph, glyphCount);
  }

  /** Format 13: ranges of code points sharing one glyph; the last code of each glyph kept. */
  private static CodePointMap format13(TableBytes cmap, int at, int glyphCount) throws IOException {
    int[] codeByGlyph = new int[glyphCount];
    java.util.Arrays.fill(codeByGlyph, -1);
    int groups = cmap.u32(at + 12);
    for (int i = 0; i < groups; i++) {
      int group = at + 16 + 12 * i;
      int first = cmap.u32(group);
      int last = cmap.s32(group + 4);
      int glyph = cmap.u32(group + 8);
      if (glyph > glyphCount) break;
      if (glyph == glyphCount) throw cmap.malformed("glyph " + glyph + " past the font's " + glyphCount);
      if (first > 0x10FFFF || (first >= 0xD800 && first <= 0xDFFF)) {
        throw cmap.malformed(String.format("invalid character code 0x%X", first));
      }
      if ((last > 0 && last < first) || last < 0 || last > 0x10FFFF || (last >= 0xD800 && last <= 0xDFFF)) {
        throw cmap.malformed(String.format("invalid character code 0x%X", last & 0xFFFFFFFFL));
      }
      for (int c = first; c <= last; c++) codeByGlyph[glyph] = c;
    }
    return byGlyph(codeByGlyph, glyphCount);
  }

  private static CodePointMap byGlyph(int[] codeByGlyph, int glyphCount) {
    int[][] codes = new int[glyphCount][];
    for (int g = 1; g < glyphCount && g < codeByGlyph.length; g++) {
      if (codeByGlyph[g] >= 0) codes[g] = new int[] {codeByGlyph[g]};
    }
    return CodePointMap.fromGlyphCodes(codes);
  }
}

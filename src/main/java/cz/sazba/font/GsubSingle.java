package cz.sazba.font;

import java.io.IOException;

/**
 * One-for-one glyph substitutions of a GSUB feature (SingleSubst lookups, type 1, also inside
 * Extension lookups): the small capitals of {@code smcp}. Read into one array, glyph id to the
 * glyph that replaces it (itself where the feature leaves it alone); lookups apply in order.
 */
final class GsubSingle {
  private static final int SINGLE_SUBSTITUTION = 1;
  private static final int EXTENSION = 7;

  private GsubSingle() {}

  /**
   * The substitution of {@code feature}, or null when the font has none for it.
   *
   * <p>Only the glyphs a subtable's coverage lists are visited (a few hundred of a face's
   * thousands, twice per face in a build: the face and its EPUB subset), and a lookup's step is
   * composed into the whole map only when it changed a glyph. The answer is that of a walk over
   * every glyph ({@code GsubSingleTest} holds the two together): within a coverage table a
   * glyph's first entry counts, within a lookup the first subtable that maps a glyph (to a glyph
   * inside the font) wins, and the lookups apply in order.
   */
  static int[] read(TableBytes gsub, String feature, int glyphCount) throws IOException {
    int[] map = null;
    for (LayoutTable.Lookup lookup : new LayoutTable(gsub).featureLookups(feature, EXTENSION)) {
      if (lookup.type() != SINGLE_SUBSTITUTION) continue;
      int[] step = null;
      boolean[] done = null;
      for (int offset : lookup.subtables()) {
        int format = gsub.u16(offset);
        int coverage = offset + gsub.u16(offset + 2);
        int coverageFormat = gsub.u16(coverage);
        boolean[] listed = new boolean[glyphCount];
        if (coverageFormat == 1) {
          int count = gsub.u16(coverage + 2);
          for (int i = 0; i < count; i++) {
            int glyph = gsub.u16(coverage + 4 + 2 * i);
            if (glyph >= glyphCount || listed[glyph]) continue;
            listed[glyph] = true;
            if (done != null && done[glyph]) continue;
            int to = target(gsub, offset, format, glyph, i);
            if (to < glyphCount) {
              if (step == null) {
                step = identity(glyphCount);
                done = new boolean[glyphCount];
              }
              step[glyph] = to;
              done[glyph] = true;
            }
          }
        } else if (coverageFormat == 2) {
          int ranges = gsub.u16(coverage + 2);
          for (int r = 0; r < ranges; r++) {
            int range = coverage + 4 + 6 * r;
            int first = gsub.u16(range);
            int last = gsub.u16(range + 2);
            int startIndex = gsub.u16(range + 4);
            for (int glyph = first; glyph <= last && glyph < glyphCount; glyph++) {
              if (listed[glyph]) continue;
              listed[glyph] = true;
              if (done != null && done[glyph]) continue;
              int to = target(gsub, offset, format, glyph, startIndex + glyph - first);
              if (to < glyphCount) {
                if (step == null) {
                  step = identity(glyphCount);
                  done = new boolean[glyphCount];
                }
                step[glyph] = to;
                done[glyph] = true;
              }
            }
          }
        } else {
          throw gsub.malformed("coverage format " + coverageFormat);
        }
      }
      if (step == null) continue;
      if (map == null) {
        map = step;
      } else {
        for (int g = 0; g < glyphCount; g++) map[g] = step[map[g]];
      }
    }
    return map;
  }

  /** What a SingleSubst subtable of {@code format} maps {@code glyph}, at coverage index {@code index}, to. */
  private static int target(TableBytes gsub, int offset, int format, int glyph, int index) throws IOException {
    if (format == 1) return (glyph + (short) gsub.u16(offset + 4)) & 0xFFFF;
    if (format == 2) return gsub.u16(offset + 6 + 2 * index);
    throw gsub.malformed("single substitution format " + format);
  }

  private static int[] identity(int glyphCount) {
    int[] map = new int[glyphCount];
    for (int g = 0; g < glyphCount; g++) map[g] = g;
    return map;
  }
}

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
      Step step = new Step(glyphCount);
      for (int offset : lookup.subtables()) {
        int format = gsub.u16(offset);
        int coverage = offset + gsub.u16(offset + 2);
        int coverageFormat = gsub.u16(coverage);
        boolean[] listed = new boolean[glyphCount];
        if (coverageFormat == 1) {
          int count = gsub.u16(coverage + 2);
          for (int i = 0; i < count; i++) {
            int glyph = gsub.u16(coverage + 4 + 2 * i);
            if (glyph < glyphCount) step.entry(gsub, offset, format, glyph, i, listed);
          }
        } else if (coverageFormat == 2) {
          int ranges = gsub.u16(coverage + 2);
          for (int r = 0; r < ranges; r++) {
            int range = coverage + 4 + 6 * r;
            int first = gsub.u16(range);
            int last = gsub.u16(range + 2);
            int startIndex = gsub.u16(range + 4);
            for (int glyph = first; glyph <= last && glyph < glyphCount; glyph++) {
              step.entry(gsub, offset, format, glyph, startIndex + glyph - first, listed);
            }
          }
        } else {
          throw gsub.malformed("coverage format " + coverageFormat);
        }
      }
      if (step.map == null) continue;
      if (map == null) {
        map = step.map;
      } else {
        for (int g = 0; g < glyphCount; g++) map[g] = step.map[map[g]];
      }
    }
    return map;
  }

  /** One lookup's substitution as its subtables build it: no arrays until one maps a glyph. */
  private static final class Step {
    private final int glyphCount;
    /** Glyph to glyph, or null while nothing is mapped. */
    int[] map;
    /** The glyphs a subtable of this lookup has mapped: later subtables leave them. */
    private boolean[] done;

    Step(int glyphCount) {
      this.glyphCount = glyphCount;
    }

    /**
     * A subtable's coverage entry: only a glyph's first entry in a coverage table counts, and
     * only a substitute inside the font maps it.
     */
    void entry(TableBytes gsub, int offset, int format, int glyph, int index, boolean[] listed) throws IOException {
      if (listed[glyph]) return;
      listed[glyph] = true;
      if (done != null && done[glyph]) return;
      int to = target(gsub, offset, format, glyph, index);
      if (to >= glyphCount) return;
      if (map == null) {
        map = identity(glyphCount);
        done = new boolean[glyphCount];
      }
      map[glyph] = to;
      done[glyph] = true;
    }
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

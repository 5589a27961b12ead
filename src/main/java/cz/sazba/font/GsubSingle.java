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

  /** The substitution of {@code feature}, or null when the font has none for it. */
  static int[] read(TableBytes gsub, String feature, int glyphCount) throws IOException {
    int[] map = new int[glyphCount];
    for (int g = 0; g < glyphCount; g++) map[g] = g;
    boolean any = false;
    for (LayoutTable.Lookup lookup : new LayoutTable(gsub).featureLookups(feature, EXTENSION)) {
      if (lookup.type() != SINGLE_SUBSTITUTION) continue;
      int[] step = new int[glyphCount];
      for (int g = 0; g < glyphCount; g++) step[g] = g;
      // Within a lookup the first subtable that covers a glyph wins.
      boolean[] done = new boolean[glyphCount];
      for (int offset : lookup.subtables()) {
        int format = gsub.u16(offset);
        int[] coverage = LayoutTable.coverage(gsub, offset + gsub.u16(offset + 2), glyphCount);
        for (int g = 0; g < glyphCount; g++) {
          int index = coverage[g];
          if (index < 0 || done[g]) continue;
          int to;
          if (format == 1) {
            to = (g + (short) gsub.u16(offset + 4)) & 0xFFFF;
          } else if (format == 2) {
            to = gsub.u16(offset + 6 + 2 * index);
          } else {
            throw gsub.malformed("single substitution format " + format);
          }
          if (to < glyphCount) {
            step[g] = to;
            done[g] = true;
            any = true;
          }
        }
      }
      for (int g = 0; g < glyphCount; g++) map[g] = step[map[g]];
    }
    return any ? map : null;
  }
}

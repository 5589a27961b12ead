package cz.sazba.font;

/** Standard ligature substitution over a glyph buffer. */
abstract class Ligatures {
  static final Ligatures NONE =
      new Ligatures() {
        @Override
        int apply(int[] glyphs, int[] clusters, int count) {
          return count;
        }
      };

  /**
   * Replaces ligature sequences in place within {@code glyphs[0..count)}, keeping each
   * ligature's first cluster start, and returns the new glyph count.
   */
  abstract int apply(int[] glyphs, int[] clusters, int count);
}

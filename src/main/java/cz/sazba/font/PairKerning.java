package cz.sazba.font;

/** Pair kerning between adjacent glyphs, in font units. */
abstract class PairKerning {
  static final PairKerning NONE =
      new PairKerning() {
        @Override
        int get(int left, int right) {
          return 0;
        }
      };

  /** Kerning between two valid glyph ids (the caller checks the range). */
  abstract int get(int left, int right);
}

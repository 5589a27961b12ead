package cz.sazba.font;

import java.util.BitSet;

/** Pair kerning between adjacent glyphs, in font units. */
abstract class PairKerning {
  static final PairKerning NONE =
      new PairKerning() {
        @Override
        int get(int left, int right) {
          return 0;
        }

        @Override
        Among among(BitSet glyphs) {
          return new Among() {
            @Override
            public int[] pairs(int left) {
              return NO_PAIRS;
            }
          };
        }
      };

  private static final int[] NO_PAIRS = new int[0];

  /** Kerning between two valid glyph ids (the caller checks the range). */
  abstract int get(int left, int right);

  /** The pairs a glyph starts among a set of glyphs ({@link #among}). */
  interface Among {
    /**
     * The glyphs of the set that kern after {@code left}, ascending, each followed by its value
     * ({@link #get}, never 0): second, value, second, value…
     */
    int[] pairs(int left);
  }

  /**
   * The pairs among {@code glyphs} (valid ids), for a subset's kerning table
   * ({@link CompactLayout#gpos}); for one thread. Asks {@link #get} of every glyph of the set
   * after {@code left}: a kerning that knows which pairs it has overrides it to ask {@code get}
   * of only those that may kern (a few of a subset's hundreds of glyphs), so the values and their
   * order stay {@code get}'s.
   */
  Among among(BitSet glyphs) {
    BitSet set = (BitSet) glyphs.clone();
    return new Among() {
      @Override
      public int[] pairs(int left) {
        return pairsWith(left, set);
      }
    };
  }

  /** The pairs of {@code left} with each glyph of {@code candidates} (ascending) that kerns, as {@link Among#pairs}. */
  final int[] pairsWith(int left, BitSet candidates) {
    int n = 0;
    int[] out = null;
    for (int right = candidates.nextSetBit(0); right >= 0; right = candidates.nextSetBit(right + 1)) {
      int value = get(left, right);
      if (value == 0) continue;
      if (out == null) out = new int[2 * candidates.cardinality()];
      out[n++] = right;
      out[n++] = value;
    }
    return n == 0 ? NO_PAIRS : java.util.Arrays.copyOf(out, n);
  }
}

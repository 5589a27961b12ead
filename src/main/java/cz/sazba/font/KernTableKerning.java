package cz.sazba.font;

import java.io.IOException;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Pair kerning from the old TrueType {@code kern} table, for fonts without GPOS kerning. Reads
 * format 0 subtables (sorted glyph pairs) of both the Microsoft (version 0) and the Apple
 * (version 1) headers; horizontal kerning only, values of several subtables added up.
 */
final class KernTableKerning extends PairKerning {
  /** Sorted keys {@code left << 16 | right}, with the summed value for each. */
  private final int[] pairKeys;

  private final int[] values;

  private KernTableKerning(int[] pairKeys, int[] values) {
    this.pairKeys = pairKeys;
    this.values = values;
  }

  /** Kerning from a kern table, or null when it has no usable horizontal format 0 pairs. */
  static KernTableKerning read(TableBytes kern) throws IOException {
    long[] entries = new long[0];
    int count = 0;
    boolean apple = kern.u16(0) == 1;
    int tables = apple ? kern.u32(4) : kern.u16(2);
    int offset = apple ? 8 : 4;
    for (int t = 0; t < tables; t++) {
      int length;
      int format;
      boolean horizontal;
      int headerSize;
      if (apple) {
        length = kern.u32(offset);
        int coverage = kern.u16(offset + 4);
        format = coverage & 0xFF;
        // 0x8000 vertical, 0x4000 cross-stream, 0x2000 variation: none is plain horizontal kerning.
        horizontal = (coverage & 0xE000) == 0;
        headerSize = 8;
      } else {
        length = kern.u16(offset + 2);
        int coverage = kern.u16(offset + 4);
        format = coverage >>> 8;
        // Bit 0 horizontal; bit 1 minimum values and bit 2 cross-stream are not kerning to apply.
        horizontal = (coverage & 0x7) == 1;
        headerSize = 6;
      }
      if (format == 0 && horizontal) {
        int base = offset + headerSize;
        int pairs = kern.u16(base);
        if (entries.length < count + pairs) entries = Arrays.copyOf(entries, count + pairs);
        for (int i = 0; i < pairs; i++) {
          int record = base + 8 + 6 * i;
          long key = ((long) kern.u16(record) << 16) | kern.u16(record + 2);
          entries[count++] = (key << 32) | (kern.s16(record + 4) & 0xFFFFFFFFL);
        }
      }
      if (length <= 0) break;
      // The Microsoft length field is 16 bits and overflows for big subtables; only one
      // subtable is usual then, so stopping at a bogus length loses nothing in practice.
      offset += length;
      if (offset >= kern.length()) break;
    }
    if (count == 0) return null;
    Arrays.sort(entries, 0, count);
    int[] keys = new int[count];
    int[] values = new int[count];
    int n = 0;
    for (int i = 0; i < count; i++) {
      int key = (int) (entries[i] >>> 32);
      int value = (int) entries[i];
      if (n > 0 && keys[n - 1] == key) {
        values[n - 1] += value;
      } else {
        keys[n] = key;
        values[n] = value;
        n++;
      }
    }
    return new KernTableKerning(Arrays.copyOf(keys, n), Arrays.copyOf(values, n));
  }

  /**
   * Asks {@link #get} only of the glyphs of the set that the pairs starting with {@code left}
   * name: those keys are together, being sorted by first glyph. (A first glyph of 32768 or more
   * makes its keys negative, out of that order: then every glyph is asked, as by default.)
   */
  @Override
  Among among(BitSet glyphs) {
    if (pairKeys.length > 0 && pairKeys[pairKeys.length - 1] < 0) return super.among(glyphs);
    BitSet set = (BitSet) glyphs.clone();
    BitSet candidates = new BitSet();
    return new Among() {
      @Override
      public int[] pairs(int left) {
        candidates.clear();
        int at = Arrays.binarySearch(pairKeys, left << 16);
        for (int k = at >= 0 ? at : -at - 1; k < pairKeys.length && pairKeys[k] >>> 16 == left; k++) {
          int right = pairKeys[k] & 0xFFFF;
          if (values[k] != 0 && set.get(right)) candidates.set(right);
        }
        return pairsWith(left, candidates);
      }
    };
  }

  @Override
  int get(int left, int right) {
    int at = Arrays.binarySearch(pairKeys, (left << 16) | right);
    return at >= 0 ? values[at] : 0;
  }
}

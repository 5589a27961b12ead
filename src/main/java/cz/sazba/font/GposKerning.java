package cz.sazba.font;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Pair kerning from the GPOS {@code kern} feature: PairPos lookups (type 2, also wrapped in
 * Extension type 9), formats 1 (glyph pairs) and 2 (class pairs). Only the first glyph's
 * XAdvance is used: that is what horizontal Latin kerning puts there, and it folds into the left
 * glyph's advance.
 *
 * <p>Per lookup the first subtable that has the pair wins; lookups add up. Everything is read
 * into arrays at load, so a query is a few array reads and at most one binary search.
 */
final class GposKerning extends PairKerning {
  private static final int PAIR_POSITIONING = 2;
  private static final int EXTENSION = 9;
  private static final int VALUE_X_PLACEMENT = 0x0001;
  private static final int VALUE_Y_PLACEMENT = 0x0002;
  private static final int VALUE_X_ADVANCE = 0x0004;

  /** Marker for "this subtable does not have the pair", distinct from a zero adjustment. */
  private static final int ABSENT = Integer.MIN_VALUE;

  private final PairLookup[] lookups;

  private GposKerning(PairLookup[] lookups) {
    this.lookups = lookups;
  }

  /** Kerning from a GPOS table, or null when it has no {@code kern} pair positioning for Latin. */
  static GposKerning read(TableBytes gpos, int[] glyphClasses) throws IOException {
    int glyphCount = glyphClasses.length;
    List<PairLookup> lookups = new ArrayList<>();
    for (LayoutTable.Lookup lookup : new LayoutTable(gpos).featureLookups("kern", EXTENSION)) {
      if (lookup.type() != PAIR_POSITIONING) continue;
      List<Subtable> subtables = new ArrayList<>();
      for (int offset : lookup.subtables()) {
        int format = gpos.u16(offset);
        if (format == 1) {
          subtables.add(GlyphPairs.read(gpos, offset, glyphCount));
        } else if (format == 2) {
          subtables.add(ClassPairs.read(gpos, offset, glyphCount));
        } else {
          throw gpos.malformed("PairPos format " + format);
        }
      }
      boolean[] ignored = ignoredGlyphs(lookup.flag(), glyphClasses);
      lookups.add(new PairLookup(ignored, subtables.toArray(new Subtable[0])));
    }
    return lookups.isEmpty() ? null : new GposKerning(lookups.toArray(new PairLookup[0]));
  }

  @Override
  int get(int left, int right) {
    int sum = 0;
    for (PairLookup lookup : lookups) sum += lookup.get(left, right);
    return sum;
  }

  /**
   * Asks {@link #get} only of the glyphs of the set that some subtable covering {@code left}
   * gives a value other than 0: those of its pair set (format 1), those of the second classes its
   * row of the matrix kerns (format 2). Any pair {@code get} kerns is among them, since its value
   * is one of those subtables'.
   */
  @Override
  Among among(BitSet glyphs) {
    BitSet set = (BitSet) glyphs.clone();
    Subtable.Marker[][] markers = new Subtable.Marker[lookups.length][];
    for (int l = 0; l < lookups.length; l++) {
      Subtable[] subtables = lookups[l].subtables;
      markers[l] = new Subtable.Marker[subtables.length];
      for (int s = 0; s < subtables.length; s++) markers[l][s] = subtables[s].marker(set);
    }
    BitSet candidates = new BitSet();
    // Classes rather than lambdas here and below: a cold start links no call site for them.
    return new Among() {
      @Override
      public int[] pairs(int left) {
        candidates.clear();
        for (int l = 0; l < lookups.length; l++) {
          boolean[] ignored = lookups[l].ignored;
          if (ignored != null && ignored[left]) continue;
          for (Subtable.Marker m : markers[l]) m.mark(left, candidates);
        }
        return pairsWith(left, candidates);
      }
    };
  }

  /**
   * Glyphs a lookup skips by its LookupFlag, from the GDEF glyph classes (1 base, 2 ligature,
   * 3 mark), or null if it skips none. We only look at adjacent glyphs, so a skipped glyph simply
   * takes part in no pair of that lookup; that is right for Latin text without combining marks.
   */
  private static boolean[] ignoredGlyphs(int flag, int[] glyphClasses) {
    // A flag that skips no class skips no glyph: no pass over every glyph (thousands, interpreted).
    if ((flag & (LayoutTable.IGNORE_BASE_GLYPHS | LayoutTable.IGNORE_LIGATURES | LayoutTable.IGNORE_MARKS)) == 0) {
      return null;
    }
    boolean any = false;
    boolean[] ignored = new boolean[glyphClasses.length];
    for (int glyph = 0; glyph < glyphClasses.length; glyph++) {
      int glyphClass = glyphClasses[glyph];
      boolean skip =
          (glyphClass == 1 && (flag & LayoutTable.IGNORE_BASE_GLYPHS) != 0)
              || (glyphClass == 2 && (flag & LayoutTable.IGNORE_LIGATURES) != 0)
              || (glyphClass == 3 && (flag & LayoutTable.IGNORE_MARKS) != 0);
      ignored[glyph] = skip;
      any |= skip;
    }
    return any ? ignored : null;
  }

  /** Offset of XAdvance inside a ValueRecord, or -1 if the format has none. */
  private static int xAdvanceOffset(int valueFormat) {
    if ((valueFormat & VALUE_X_ADVANCE) == 0) return -1;
    return 2 * Integer.bitCount(valueFormat & (VALUE_X_PLACEMENT | VALUE_Y_PLACEMENT));
  }

  /** Size of a ValueRecord: one 16-bit field per set bit, device-table offsets included. */
  private static int valueRecordSize(int valueFormat) {
    return 2 * Integer.bitCount(valueFormat & 0xFF);
  }

  private static final class PairLookup {
    private final boolean[] ignored;
    private final Subtable[] subtables;

    PairLookup(boolean[] ignored, Subtable[] subtables) {
      this.ignored = ignored;
      this.subtables = subtables;
    }

    int get(int left, int right) {
      if (ignored != null && (ignored[left] || ignored[right])) return 0;
      for (Subtable subtable : subtables) {
        int value = subtable.find(left, right);
        if (value != ABSENT) return value;
      }
      return 0;
    }
  }

  private abstract static class Subtable {
    /** The first glyph's XAdvance for the pair, or {@link #ABSENT} if this subtable lacks it. */
    abstract int find(int left, int right);

    /** What marks, for a first glyph, the glyphs of {@code set} this subtable may kern it with (see {@link #among}). */
    abstract Marker marker(BitSet set);

    interface Marker {
      /** Sets in {@code candidates} each glyph of the set this subtable gives a value other than 0 after {@code left}. */
      void mark(int left, BitSet candidates);
    }
  }

  /** PairPos format 1: for each covered first glyph a list of second glyphs and values. */
  private static final class GlyphPairs extends Subtable {
    private final int[] coverage;
    /** For coverage index i, the pairs are at [pairStart[i], pairStart[i + 1]). */
    private final int[] pairStart;

    private final int[] secondGlyphs;
    private final int[] values;

    private GlyphPairs(int[] coverage, int[] pairStart, int[] secondGlyphs, int[] values) {
      this.coverage = coverage;
      this.pairStart = pairStart;
      this.secondGlyphs = secondGlyphs;
      this.values = values;
    }

    static GlyphPairs read(TableBytes gpos, int offset, int glyphCount) throws IOException {
      int[] coverage = LayoutTable.coverage(gpos, offset + gpos.u16(offset + 2), glyphCount);
      int format1 = gpos.u16(offset + 4);
      int format2 = gpos.u16(offset + 6);
      int setCount = gpos.u16(offset + 8);
      int advanceAt = xAdvanceOffset(format1);
      int recordSize = 2 + valueRecordSize(format1) + valueRecordSize(format2);
      int[] pairStart = new int[setCount + 1];
      int total = 0;
      for (int set = 0; set < setCount; set++) {
        total += gpos.u16(offset + gpos.u16(offset + 10 + 2 * set));
      }
      int[] secondGlyphs = new int[total];
      int[] values = new int[total];
      int n = 0;
      for (int set = 0; set < setCount; set++) {
        pairStart[set] = n;
        int pairSet = offset + gpos.u16(offset + 10 + 2 * set);
        int count = gpos.u16(pairSet);
        // Pack (second glyph, record number) so sorting keeps the font's order among duplicates.
        long[] sorted = new long[count];
        for (int i = 0; i < count; i++) {
          sorted[i] = ((long) gpos.u16(pairSet + 2 + recordSize * i) << 32) | i;
        }
        // The spec orders PairValueRecords by glyph already; sorting guards against fonts that do not.
        Arrays.sort(sorted);
        for (int k = 0; k < count; k++) {
          int second = (int) (sorted[k] >>> 32);
          if (n > pairStart[set] && secondGlyphs[n - 1] == second) continue;
          int record = pairSet + 2 + recordSize * (int) sorted[k];
          secondGlyphs[n] = second;
          values[n] = advanceAt < 0 ? 0 : gpos.s16(record + 2 + advanceAt);
          n++;
        }
      }
      pairStart[setCount] = n;
      return new GlyphPairs(coverage, pairStart, secondGlyphs, values);
    }

    @Override
    int find(int left, int right) {
      int index = coverage[left];
      if (index < 0 || index + 1 >= pairStart.length) return ABSENT;
      int at = Arrays.binarySearch(secondGlyphs, pairStart[index], pairStart[index + 1], right);
      return at >= 0 ? values[at] : ABSENT;
    }

    @Override
    Marker marker(BitSet set) {
      return new Marker() {
        @Override
        public void mark(int left, BitSet candidates) {
          int index = coverage[left];
          if (index < 0 || index + 1 >= pairStart.length) return;
          for (int k = pairStart[index]; k < pairStart[index + 1]; k++) {
            if (values[k] != 0 && set.get(secondGlyphs[k])) candidates.set(secondGlyphs[k]);
          }
        }
      };
    }
  }

  /** PairPos format 2: the value comes from a matrix indexed by the classes of both glyphs. */
  private static final class ClassPairs extends Subtable {
    private final int[] coverage;
    private final int[] firstClasses;
    private final int[] secondClasses;
    private final int secondClassCount;
    private final int[] matrix;

    private ClassPairs(
        int[] coverage, int[] firstClasses, int[] secondClasses, int secondClassCount, int[] matrix) {
      this.coverage = coverage;
      this.firstClasses = firstClasses;
      this.secondClasses = secondClasses;
      this.secondClassCount = secondClassCount;
      this.matrix = matrix;
    }

    static ClassPairs read(TableBytes gpos, int offset, int glyphCount) throws IOException {
      int[] coverage = LayoutTable.coverage(gpos, offset + gpos.u16(offset + 2), glyphCount);
      int format1 = gpos.u16(offset + 4);
      int format2 = gpos.u16(offset + 6);
      int classDef1 = gpos.u16(offset + 8);
      int classDef2 = gpos.u16(offset + 10);
      int[] firstClasses = LayoutTable.classDef(gpos, classDef1 == 0 ? 0 : offset + classDef1, glyphCount);
      int[] secondClasses = LayoutTable.classDef(gpos, classDef2 == 0 ? 0 : offset + classDef2, glyphCount);
      int class1Count = gpos.u16(offset + 12);
      int class2Count = gpos.u16(offset + 14);
      int advanceAt = xAdvanceOffset(format1);
      int recordSize = valueRecordSize(format1) + valueRecordSize(format2);
      int[] matrix = new int[class1Count * class2Count];
      if (advanceAt >= 0) {
        for (int c1 = 0; c1 < class1Count; c1++) {
          for (int c2 = 0; c2 < class2Count; c2++) {
            int record = offset + 16 + recordSize * (c1 * class2Count + c2);
            matrix[c1 * class2Count + c2] = gpos.s16(record + advanceAt);
          }
        }
      }
      return new ClassPairs(coverage, firstClasses, secondClasses, class2Count, matrix);
    }

    @Override
    int find(int left, int right) {
      if (coverage[left] < 0) return ABSENT;
      int c2 = secondClasses[right];
      int cell = firstClasses[left] * secondClassCount + c2;
      // A class beyond the declared counts is a broken font; treat the pair as not covered.
      if (c2 >= secondClassCount || cell >= matrix.length) return ABSENT;
      return matrix[cell];
    }

    /** The set's glyphs grouped by second class (ascending within each), and the classes that have any. */
    @Override
    Marker marker(BitSet set) {
      int[] start = new int[secondClassCount + 1];
      for (int g = set.nextSetBit(0); g >= 0; g = set.nextSetBit(g + 1)) {
        if (secondClasses[g] < secondClassCount) start[secondClasses[g] + 1]++;
      }
      int live = 0;
      for (int c = 0; c < secondClassCount; c++) {
        if (start[c + 1] > 0) live++;
        start[c + 1] += start[c];
      }
      int[] members = new int[start[secondClassCount]];
      int[] next = Arrays.copyOf(start, secondClassCount);
      for (int g = set.nextSetBit(0); g >= 0; g = set.nextSetBit(g + 1)) {
        if (secondClasses[g] < secondClassCount) members[next[secondClasses[g]]++] = g;
      }
      int[] classes = new int[live];
      for (int c = 0, n = 0; c < secondClassCount; c++) if (start[c + 1] > start[c]) classes[n++] = c;
      return new Marker() {
        @Override
        public void mark(int left, BitSet candidates) {
          if (coverage[left] < 0) return;
          int row = firstClasses[left] * secondClassCount;
          for (int c2 : classes) {
            int cell = row + c2;
            if (cell >= matrix.length) break;
            if (matrix[cell] == 0) continue;
            for (int k = start[c2]; k < start[c2 + 1]; k++) candidates.set(members[k]);
          }
        }
      };
    }
  }
}

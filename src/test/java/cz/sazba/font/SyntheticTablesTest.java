package cz.sazba.font;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Table shapes Gentium does not use: Extension lookups, ValueRecords with placement and
 * device-table fields, coverage and class formats 1 and 2, skip flags, the old kern table.
 */
class SyntheticTablesTest {
  private static final int GLYPHS = 200;
  private static final int MARK = 25;

  /**
   * Lookup 0: Extension (9) wrapping PairPos format 1 with wide ValueRecords.
   * Lookup 1: IgnoreMarks, PairPos format 2 then a format 1 that the format 2 shadows for glyph 30.
   */
  private static byte[] gpos() {
    TableBuilder b = new TableBuilder();
    int lookupListOffset = TableBuilder.layoutHeader(b, "latn", "kern", 0, 1);
    b.patch16(lookupListOffset, 0);
    int lookupList = b.position();
    b.u16(2);
    int lookup0 = b.placeholder16();
    int lookup1 = b.placeholder16();

    b.patch16(lookup0, lookupList);
    int lookup0Start = b.position();
    b.u16(9).u16(0).u16(1);
    int ext = b.placeholder16();
    b.patch16(ext, lookup0Start);
    int extStart = b.position();
    b.u16(1).u16(2);
    int extOffset = b.placeholder32();
    b.patch32(extOffset, extStart);
    int pairPos = b.position();
    // XPlacement|YPlacement|XAdvance|XAdvDevice for the first glyph, XAdvance|XPlaDevice second.
    b.u16(1);
    int coverage = b.placeholder16();
    b.u16(0x47).u16(0x14).u16(1);
    int pairSet = b.placeholder16();
    b.patch16(coverage, pairPos);
    b.u16(2).u16(1).u16(10).u16(10).u16(0); // coverage format 2: glyph 10
    b.patch16(pairSet, pairPos);
    b.u16(2);
    b.u16(20).u16(111).u16(222).u16(-50 & 0xFFFF).u16(0).u16(999).u16(0);
    b.u16(21).u16(5).u16(6).u16(-70 & 0xFFFF).u16(0).u16(7).u16(0);

    b.patch16(lookup1, lookupList);
    int lookup1Start = b.position();
    b.u16(2).u16(LayoutTable.IGNORE_MARKS).u16(2);
    int subA = b.placeholder16();
    int subB = b.placeholder16();

    b.patch16(subA, lookup1Start);
    int a = b.position();
    b.u16(2);
    int coverageA = b.placeholder16();
    b.u16(0x0004).u16(0);
    int classDef1 = b.placeholder16();
    int classDef2 = b.placeholder16();
    b.u16(2).u16(2);
    b.u16(0).u16(-10 & 0xFFFF).u16(-3 & 0xFFFF).u16(-20 & 0xFFFF);
    b.patch16(coverageA, a);
    b.u16(1).u16(2).u16(10).u16(30);
    b.patch16(classDef1, a);
    b.u16(1).u16(30).u16(1).u16(1); // format 1: glyph 30 is class 1
    b.patch16(classDef2, a);
    b.u16(2).u16(1).u16(20).u16(25).u16(1); // format 2: glyphs 20..25 are class 1

    b.patch16(subB, lookup1Start);
    int bStart = b.position();
    b.u16(1);
    int coverageB = b.placeholder16();
    b.u16(0x0004).u16(0).u16(2);
    int set11 = b.placeholder16();
    int set30 = b.placeholder16();
    b.patch16(coverageB, bStart);
    b.u16(1).u16(2).u16(11).u16(30);
    b.patch16(set11, bStart);
    b.u16(1).u16(20).u16(-33 & 0xFFFF);
    b.patch16(set30, bStart);
    b.u16(1).u16(20).u16(-999 & 0xFFFF);
    return b.toBytes();
  }

  private static int[] classesWithMark() {
    int[] classes = new int[GLYPHS];
    Arrays.fill(classes, 1);
    classes[MARK] = 3;
    return classes;
  }

  @Test
  void gposLookupsAddUpAndTheFirstCoveringSubtableWins() throws IOException {
    GposKerning kerning = GposKerning.read(new TableBytes("GPOS", gpos()), classesWithMark());
    assertEquals(-60, kerning.get(10, 20)); // -50 (extension, wide records) + -10 (class 0, 1)
    assertEquals(-80, kerning.get(10, 21));
    assertEquals(-10, kerning.get(10, 22)); // not in the pair set; class matrix only
    assertEquals(0, kerning.get(10, 5));
    assertEquals(-20, kerning.get(30, 20)); // format 2 covers 30 first: -999 never applies
    assertEquals(-3, kerning.get(30, 40));
    assertEquals(-33, kerning.get(11, 20)); // only the second subtable covers 11
    assertEquals(0, kerning.get(12, 20));
  }

  @Test
  void ignoreMarksKeepsMarksOutOfPairs() throws IOException {
    GposKerning kerning = GposKerning.read(new TableBytes("GPOS", gpos()), classesWithMark());
    assertEquals(0, kerning.get(30, MARK));
    assertEquals(0, kerning.get(10, MARK));
    GposKerning withoutGdef = GposKerning.read(new TableBytes("GPOS", gpos()), new int[GLYPHS]);
    assertEquals(-20, withoutGdef.get(30, MARK));
  }

  @Test
  void otherScriptsAndFeaturesGiveNoKerning() throws IOException {
    TableBuilder b = new TableBuilder();
    int lookupList = TableBuilder.layoutHeader(b, "cyrl", "kern", 0);
    b.patch16(lookupList, 0);
    b.u16(0);
    assertNull(GposKerning.read(new TableBytes("GPOS", b.toBytes()), new int[GLYPHS]));
  }

  @Test
  void truncatedTablesFailWithTheTableName() {
    byte[] cut = Arrays.copyOf(gpos(), 60);
    IOException e =
        assertThrows(IOException.class, () -> GposKerning.read(new TableBytes("GPOS", cut), new int[GLYPHS]));
    assertEquals(true, e.getMessage().startsWith("malformed GPOS table"), e.getMessage());
  }

  /** Extension (7) wrapping LigatureSubst: 5 6 -> 100 and 5 6 7 -> 101 (listed second). */
  private static byte[] gsub(int lookupFlag) {
    TableBuilder b = new TableBuilder();
    int lookupListOffset = TableBuilder.layoutHeader(b, "DFLT", "liga", 0);
    b.patch16(lookupListOffset, 0);
    int lookupList = b.position();
    b.u16(1);
    int lookup = b.placeholder16();
    b.patch16(lookup, lookupList);
    int lookupStart = b.position();
    b.u16(7).u16(lookupFlag).u16(1);
    int ext = b.placeholder16();
    b.patch16(ext, lookupStart);
    int extStart = b.position();
    b.u16(1).u16(4);
    int extOffset = b.placeholder32();
    b.patch32(extOffset, extStart);
    int subst = b.position();
    b.u16(1);
    int coverage = b.placeholder16();
    b.u16(1);
    int set = b.placeholder16();
    b.patch16(coverage, subst);
    b.u16(1).u16(1).u16(5);
    b.patch16(set, subst);
    int setStart = b.position();
    b.u16(2);
    int lig0 = b.placeholder16();
    int lig1 = b.placeholder16();
    b.patch16(lig0, setStart);
    b.u16(100).u16(2).u16(6);
    b.patch16(lig1, setStart);
    b.u16(101).u16(3).u16(6).u16(7);
    return b.toBytes();
  }

  private static int[] apply(Ligatures ligatures, int... glyphs) {
    int[] buffer = glyphs.clone();
    int[] clusters = new int[glyphs.length];
    for (int i = 0; i < clusters.length; i++) clusters[i] = i * 10;
    int count = ligatures.apply(buffer, clusters, buffer.length);
    int[] result = new int[count * 2];
    for (int i = 0; i < count; i++) {
      result[2 * i] = buffer[i];
      result[2 * i + 1] = clusters[i];
    }
    return result;
  }

  @Test
  void ligaturesThroughExtensionLongestFirst() throws IOException {
    GsubLigatures ligatures = GsubLigatures.read(new TableBytes("GSUB", gsub(0)), new int[GLYPHS]);
    // Pairs of (glyph, cluster start).
    assertArrayEquals(new int[] {101, 0}, apply(ligatures, 5, 6, 7));
    assertArrayEquals(new int[] {100, 0, 8, 20}, apply(ligatures, 5, 6, 8));
    assertArrayEquals(new int[] {4, 0, 101, 10, 100, 40}, apply(ligatures, 4, 5, 6, 7, 5, 6));
    assertArrayEquals(new int[] {5, 0}, apply(ligatures, 5));
  }

  @Test
  void ligaturesWithASkippedComponentAreNotFormed() throws IOException {
    int[] classes = new int[GLYPHS];
    classes[7] = 3;
    GsubLigatures ligatures =
        GsubLigatures.read(new TableBytes("GSUB", gsub(LayoutTable.IGNORE_MARKS)), classes);
    assertArrayEquals(new int[] {100, 0, 7, 20}, apply(ligatures, 5, 6, 7));
  }

  @Test
  void oldKernTableFormat0() throws IOException {
    TableBuilder b = new TableBuilder();
    b.u16(0).u16(3);
    // Horizontal, unsorted pairs.
    b.u16(0).u16(6 + 8 + 12).u16(0x0001).u16(2).u16(0).u16(0).u16(0);
    b.u16(3).u16(4).u16(-40 & 0xFFFF);
    b.u16(1).u16(2).u16(-10 & 0xFFFF);
    // Cross-stream: not kerning along the line.
    b.u16(0).u16(6 + 8 + 6).u16(0x0005).u16(1).u16(0).u16(0).u16(0);
    b.u16(1).u16(2).u16(-1000 & 0xFFFF);
    // A second horizontal subtable adds up.
    b.u16(0).u16(6 + 8 + 6).u16(0x0001).u16(1).u16(0).u16(0).u16(0);
    b.u16(1).u16(2).u16(-5 & 0xFFFF);
    KernTableKerning kerning = KernTableKerning.read(new TableBytes("kern", b.toBytes()));
    assertEquals(-15, kerning.get(1, 2));
    assertEquals(-40, kerning.get(3, 4));
    assertEquals(0, kerning.get(2, 1));
  }
}

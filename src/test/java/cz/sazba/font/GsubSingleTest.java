package cz.sazba.font;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link GsubSingle#read}, which visits only the glyphs a coverage table lists, gives what a walk
 * over every glyph of the font gives ({@link #everyGlyph}, the reading before it), on the bundled
 * faces' single substitutions: small capitals and the other features with SingleSubst lookups.
 */
class GsubSingleTest {
  private static final String[] FEATURES = {"smcp", "c2sc", "onum", "lnum", "pnum", "salt", "ss01", "case", "sups", "subs", "liga"};

  @ParameterizedTest
  @ValueSource(strings = {"GentiumBookPlus-Regular.ttf", "GentiumBookPlus-Italic.ttf", "GentiumBookPlus-Bold.ttf",
      "GentiumBookPlus-BoldItalic.ttf", "DejaVuSans.ttf", "DejaVuSansMono.ttf"})
  void asAWalkOverEveryGlyph(String font) throws IOException {
    SfntFile file = SfntFile.read(Files.readAllBytes(Path.of("fonts", font)));
    TableBytes gsub = file.table("GSUB");
    assertNotNull(gsub, font);
    int glyphCount = file.table("maxp").u16(4);
    int found = 0;
    for (String feature : FEATURES) {
      int[] expected = everyGlyph(gsub, feature, glyphCount);
      assertArrayEquals(expected, GsubSingle.read(gsub, feature, glyphCount), font + " " + feature);
      if (expected != null) found++;
    }
    if (font.startsWith("Gentium")) org.junit.jupiter.api.Assertions.assertTrue(found >= 2, font + ": features found " + found);
  }

  /**
   * Two lookups in order, the first with two subtables: a glyph listed twice in a coverage
   * counts once (its first entry), a substitute outside the font leaves the glyph to the next
   * subtable, the first subtable that maps a glyph wins, and the second lookup applies to what
   * the first made (5 becomes 10, then 11).
   */
  @org.junit.jupiter.api.Test
  void lookupsAndSubtablesInOrder() throws IOException {
    TableBuilder b = new TableBuilder();
    int lookupListOffset = TableBuilder.layoutHeader(b, "latn", "smcp", 0, 1);
    b.patch16(lookupListOffset, 0);
    int lookupList = b.position();
    b.u16(2);
    int lookup0 = b.placeholder16();
    int lookup1 = b.placeholder16();
    b.patch16(lookup0, lookupList);
    int lookup0Start = b.position();
    b.u16(1).u16(0).u16(2);
    int subA = b.placeholder16();
    int subB = b.placeholder16();
    b.patch16(subA, lookup0Start);
    int a = b.position();
    b.u16(2);
    int coverageA = b.placeholder16();
    b.u16(6).u16(10).u16(11).u16(12).u16(999).u16(13).u16(14);
    b.patch16(coverageA, a);
    // 5 -> 10, 7 -> 11, 5 again, 9 -> 999 (outside), 9 again (-> 13, not its first entry), 300
    b.u16(1).u16(6).u16(5).u16(7).u16(5).u16(9).u16(9).u16(300);
    b.patch16(subB, lookup0Start);
    int bStart = b.position();
    b.u16(1);
    int coverageB = b.placeholder16();
    b.u16(20);
    b.patch16(coverageB, bStart);
    b.u16(2).u16(1).u16(4).u16(9).u16(0); // 4..9 -> +20
    b.patch16(lookup1, lookupList);
    int lookup1Start = b.position();
    b.u16(1).u16(0).u16(1);
    int subC = b.placeholder16();
    b.patch16(subC, lookup1Start);
    int c = b.position();
    b.u16(1);
    int coverageC = b.placeholder16();
    b.u16(1);
    b.patch16(coverageC, c);
    b.u16(1).u16(2).u16(10).u16(24); // 10 -> 11, 24 -> 25
    TableBytes gsub = new TableBytes("GSUB", b.toBytes());

    int[] expected = new int[50];
    for (int g = 0; g < expected.length; g++) expected[g] = g;
    expected[5] = 11;
    expected[7] = 11;
    expected[4] = 25;
    expected[6] = 26;
    expected[8] = 28;
    expected[9] = 29;
    expected[10] = 11;
    expected[24] = 25;
    assertArrayEquals(expected, everyGlyph(gsub, "smcp", 50));
    assertArrayEquals(expected, GsubSingle.read(gsub, "smcp", 50));
    org.junit.jupiter.api.Assertions.assertNull(GsubSingle.read(gsub, "c2sc", 50));
  }

  /** The reading before: every glyph against every subtable's whole coverage array. */
  static int[] everyGlyph(TableBytes gsub, String feature, int glyphCount) throws IOException {
    int[] map = new int[glyphCount];
    for (int g = 0; g < glyphCount; g++) map[g] = g;
    boolean any = false;
    for (LayoutTable.Lookup lookup : new LayoutTable(gsub).featureLookups(feature, 7)) {
      if (lookup.type() != 1) continue;
      int[] step = new int[glyphCount];
      for (int g = 0; g < glyphCount; g++) step[g] = g;
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

package cz.sazba.font;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * GPOS pair kerning against values fontTools reads from the same files (PairPos format 1
 * PairValueRecords and format 2 Class1Record/Class2Record, first subtable that has the pair).
 */
class KerningTest {
  /** pair, advance of the left glyph, advance of the right glyph, kerning (fontTools). */
  private static final Object[][] REGULAR = {
    {"AV", 1242, 1341, -160},
    {"To", 1148, 1045, -80},
    {"Te", 1148, 961, -80},
    {"Yo", 1230, 1045, -121},
    {"LT", 998, 1148, -129},
    {"P,", 1101, 497, -201},
    {"r.", 844, 497, -150},
    {"y.", 1020, 497, -201},
    {"V.", 1341, 497, -260},
    {"Wa", 1741, 968, -80},
    {"f)", 657, 659, 0},
    {"Ťa", 1148, 968, 0},
    {"Vá", 1341, 968, 0},
    {"Tý", 1148, 1020, 0},
    {"ko", 1040, 1045, -41},
    // A has a format 1 entry for T and C that the format 2 class matrix would give 0.
    {"AT", 1242, 1148, -100},
    {"AC", 1242, 1113, -31},
    {"av", 968, 1020, -31},
    {"F.", 999, 497, -201},
    {"xy", 1043, 1020, 0},
  };

  private static final Object[][] ITALIC = {
    {"AV", 1163, 1225, -162},
    {"To", 1081, 879, -72},
    {"Te", 1081, 825, -72},
    {"Yo", 1153, 879, -129},
    {"LT", 943, 1081, -125},
    {"P,", 998, 433, -180},
    {"r.", 763, 433, -180},
    {"y.", 944, 433, -121},
    {"V.", 1225, 433, -233},
    {"Wa", 1579, 943, -49},
    {"f)", 592, 613, 0},
    {"Ťa", 1081, 943, 0},
    {"ko", 934, 879, 0},
    {"AT", 1163, 1081, -90},
    {"AC", 1163, 1010, -27},
    {"av", 943, 934, -27},
    {"F.", 912, 433, -180},
  };

  /** Letters, digits, Czech letters and punctuation whose pairwise kerning fontTools summed. */
  private static final String CHARSET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
          + "ÁČĎÉĚÍŇÓŘŠŤÚŮÝŽáčďéěíňóřšťúůýž.,;:!?()-'\"„“”’–—";

  @Test
  void regularPairsMatchFontTools() {
    check(FontSet.bundled().face(FontStyle.REGULAR), REGULAR);
  }

  @Test
  void italicPairsMatchFontTools() {
    check(FontSet.bundled().face(FontStyle.ITALIC), ITALIC);
  }

  @Test
  void allPairsOfABookCharacterSetMatchFontTools() {
    // {sum of kerning, nonzero pairs, sum of kerning * (131 * i + j)} over CHARSET x CHARSET.
    long[][] expected = {
      {-11151, 115, -40853968},
      {-9884, 114, -36329639},
      {-11151, 115, -40853968},
      {-9809, 114, -36019589},
    };
    assertEquals(109, CHARSET.length());
    for (FontStyle style : FontStyle.values()) {
      FontFace face = FontSet.bundled().face(style);
      long total = 0;
      long nonzero = 0;
      long weighted = 0;
      for (int i = 0; i < CHARSET.length(); i++) {
        for (int j = 0; j < CHARSET.length(); j++) {
          int k = face.kerning(face.glyphId(CHARSET.charAt(i)), face.glyphId(CHARSET.charAt(j)));
          total += k;
          nonzero += k != 0 ? 1 : 0;
          weighted += (long) k * (131 * i + j);
        }
      }
      assertEquals(expected[style.ordinal()][0], total, style + " sum");
      assertEquals(expected[style.ordinal()][1], nonzero, style + " nonzero pairs");
      assertEquals(expected[style.ordinal()][2], weighted, style + " weighted sum");
    }
  }

  @Test
  void kerningIsFoldedIntoTheLeftGlyphsAdvance() {
    FontFace face = FontSet.bundled().face(FontStyle.REGULAR);
    ShapedText shaped = face.shape("AVA", false);
    assertEquals(1242 - 160, shaped.advances()[0]);
    int va = face.kerning(face.glyphId('V'), face.glyphId('A'));
    assertEquals(1341 + va, shaped.advances()[1]);
    assertEquals(1242, shaped.advances()[2]);
    assertEquals(1242 - 160 + 1341 + va + 1242, shaped.totalAdvance());
  }

  @Test
  void outOfRangeGlyphsDoNotKern() {
    FontFace face = FontSet.bundled().face(FontStyle.REGULAR);
    assertEquals(0, face.kerning(-1, 5));
    assertEquals(0, face.kerning(face.glyphId('A'), 1_000_000));
    assertEquals(0, face.advance(1_000_000));
  }

  private static void check(FontFace face, Object[][] facts) {
    for (Object[] fact : facts) {
      String pair = (String) fact[0];
      int left = face.glyphId(pair.codePointAt(0));
      int right = face.glyphId(pair.codePointAt(1));
      assertEquals((int) fact[1], face.advance(left), pair + " left advance");
      assertEquals((int) fact[2], face.advance(right), pair + " right advance");
      assertEquals((int) fact[3], face.kerning(left, right), pair + " kerning");
      ShapedText shaped = face.shape(pair, true);
      assertEquals((int) fact[1] + (int) fact[3], shaped.advances()[0], pair + " shaped");
    }
  }
}

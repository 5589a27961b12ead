package cz.sazba.font;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** GSUB {@code liga}: glyph ids and advances as fontTools reports them (f_f_i is glyph 750). */
class LigatureTest {
  private static final int F_F = 756;
  private static final int F_I = 746;
  private static final int F_L = 748;
  private static final int F_F_I = 750;
  private static final int F_F_L = 753;

  private final FontFace regular = FontSet.bundled().face(FontStyle.REGULAR);

  @Test
  void officialTakesTheLongestLigature() {
    ShapedText shaped = regular.shape("official", true);
    assertEquals(6, shaped.glyphCount());
    assertEquals(F_F_I, shaped.glyphIds()[1]);
    assertEquals("ffi", shaped.clusterText(1));
    assertArrayEquals(new int[] {0, 1, 4, 5, 6, 7}, shaped.clusterStarts());
    assertEquals("o", shaped.clusterText(0));
    assertEquals("c", shaped.clusterText(2));
    assertEquals("l", shaped.clusterText(5));
    assertEquals(1888, regular.advance(F_F_I));
  }

  @Test
  void withoutLigaturesEveryLetterStays() {
    ShapedText shaped = regular.shape("official", false);
    assertEquals(8, shaped.glyphCount());
    int f = regular.glyphId('f');
    assertEquals(f, shaped.glyphIds()[1]);
    assertEquals(f, shaped.glyphIds()[2]);
    assertEquals("f", shaped.clusterText(1));
    for (int glyph : shaped.glyphIds()) {
      assertEquals(false, glyph == F_F || glyph == F_I || glyph == F_L || glyph == F_F_I || glyph == F_F_L);
    }
  }

  @Test
  void everyStandardLigature() {
    assertArrayEquals(new int[] {F_F_L, regular.glyphId('e')}, regular.shape("ffle", true).glyphIds());
    assertArrayEquals(new int[] {F_F, regular.glyphId('a')}, regular.shape("ffa", true).glyphIds());
    assertArrayEquals(new int[] {F_I, F_L}, regular.shape("fifl", true).glyphIds());
    // Four f: the first pair, then the second pair; never three into one.
    ShapedText four = regular.shape("ffffi", true);
    assertArrayEquals(new int[] {F_F, F_F_I}, four.glyphIds());
    assertArrayEquals(new int[] {0, 2}, four.clusterStarts());
    assertEquals("ff", four.clusterText(0));
    assertEquals("ffi", four.clusterText(1));
  }

  @Test
  void ligatureAdvancesIncludeKerningAndStayPerStyle() {
    FontFace italic = FontSet.bundled().face(FontStyle.ITALIC);
    ShapedText shaped = italic.shape("fl", true);
    assertArrayEquals(new int[] {F_L}, shaped.glyphIds());
    assertEquals(1100, shaped.advances()[0]);
    assertEquals(1947, FontSet.bundled().face(FontStyle.BOLD_ITALIC).advance(F_F_L));
  }

  @Test
  void clustersAfterALigatureAndASurrogatePairLineUp() {
    String text = "fi\uD83D\uDE00fl";
    ShapedText shaped = regular.shape(text, true);
    assertArrayEquals(new int[] {F_I, 0, F_L}, shaped.glyphIds());
    assertArrayEquals(new int[] {0, 2, 4}, shaped.clusterStarts());
    assertEquals("\uD83D\uDE00", shaped.clusterText(1));
    assertEquals("fl", shaped.clusterText(2));
  }

  @Test
  void aMissingGlyphBreaksNoLigatureItDoesNotBelongTo() {
    // "f" + ZWNJ + "i": whatever the joiner maps to, f and i are no longer adjacent.
    ShapedText shaped = regular.shape("f\u200Ci", true);
    assertEquals(3, shaped.glyphCount());
    assertEquals(regular.glyphId('f'), shaped.glyphIds()[0]);
  }
}

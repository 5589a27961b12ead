package cz.sazba.font;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Loading, cmap, advances and descriptor metrics, checked against numbers fontTools reports. */
class FontFaceBasicsTest {
  private static final String CZECH_LETTERS = "ÁČĎÉĚÍŇÓŘŠŤÚŮÝŽáčďéěíňóřšťúůýž";

  private static FontFace regular() {
    return FontSet.bundled().face(FontStyle.REGULAR);
  }

  private static FontFace italic() {
    return FontSet.bundled().face(FontStyle.ITALIC);
  }

  @Test
  void namesAndMetricsMatchFontTools() {
    FontFace face = regular();
    assertEquals("GentiumBookPlus-Regular.ttf", face.name());
    assertEquals("GentiumBookPlus", face.postScriptName());
    assertEquals("Gentium Book Plus", face.familyName());
    assertEquals(2048, face.unitsPerEm());
    assertEquals(4307, face.glyphCount());
    assertEquals(2250, face.ascender());
    assertEquals(-750, face.descender());
    assertEquals(1260, face.capHeight());
    assertEquals(930, face.xHeight());
    assertArrayEquals(new int[] {-1395, -950, 4492, 2600}, face.boundingBox());
    assertEquals(0.0, face.italicAngle());

    assertEquals("GentiumBookPlus-Italic", italic().postScriptName());
    assertEquals(-8.0, italic().italicAngle());
    assertArrayEquals(new int[] {-1168, -950, 4316, 2600}, italic().boundingBox());
    assertEquals("GentiumBookPlus-BoldItalic", FontSet.bundled().face(FontStyle.BOLD_ITALIC).postScriptName());
  }

  @Test
  void stemVGrowsWithWeight() {
    int regularStem = regular().stemV();
    int boldStem = FontSet.bundled().face(FontStyle.BOLD).stemV();
    assertTrue(regularStem > 50 && regularStem < 300, "regular stemV " + regularStem);
    assertTrue(boldStem > regularStem, "bold " + boldStem + " vs regular " + regularStem);
  }

  @Test
  void boundingBoxIsACopy() {
    FontFace face = regular();
    face.boundingBox()[0] = 12345;
    assertEquals(-1395, face.boundingBox()[0]);
  }

  @Test
  void cmapAndAdvancesMatchFontTools() {
    FontFace face = regular();
    assertEquals(2783, face.cmapSize());
    assertEquals(36, face.glyphId('A'));
    assertEquals(1242, face.advance(36));
    assertEquals(57, face.glyphId('V'));
    assertEquals(1341, face.advance(57));
    assertEquals(1690, face.glyphId('Ť'));
    assertEquals(1148, face.advance(1690));
    assertEquals(1973, face.glyphId('ž'));
    assertEquals(896, face.advance(1973));
    assertEquals(535, face.glyphId('€'));
    assertEquals(986, face.advance(535));

    FontFace italic = italic();
    assertEquals(1163, italic.advance(italic.glyphId('A')));
    assertEquals(592, italic.advance(italic.glyphId('f')));
    assertEquals(776, italic.advance(italic.glyphId('ž')));
    assertEquals(1061, FontSet.bundled().face(FontStyle.BOLD).advance(535));
  }

  @Test
  void everyCzechLetterHasAGlyphInEveryStyle() {
    for (FontStyle style : FontStyle.values()) {
      FontFace face = FontSet.bundled().face(style);
      CZECH_LETTERS
          .codePoints()
          .forEach(
              cp -> {
                assertTrue(face.hasGlyph(cp), style + " lacks " + Character.toString(cp));
                assertTrue(FontSet.bundled().covers(style, cp));
                assertTrue(face.advance(face.glyphId(cp)) > 0);
              });
      // Precomposed letters, not the base letter's glyph.
      assertNotEquals(face.glyphId('S'), face.glyphId('Š'));
    }
  }

  @Test
  void missingCharacterMapsToNotdef() {
    FontFace face = regular();
    assertEquals(0, face.glyphId(0x4E00));
    assertFalse(face.hasGlyph(0x4E00));
    assertFalse(FontSet.bundled().covers(FontStyle.BOLD, 0x4E00));
    assertEquals(0, face.glyphId(-1));
    assertEquals(0, face.glyphId(0x110000));
    ShapedText shaped = face.shape("a\u4E00b", false);
    assertArrayEquals(new int[] {face.glyphId('a'), 0, face.glyphId('b')}, shaped.glyphIds());
  }

  @Test
  void supplementaryCodePointsUseTheFormat12Subtable() {
    FontFace face = regular();
    int[] mapped = {0x1D400, 0x1F100, 0x10000};
    // fontTools: Gentium maps 52 code points above the BMP; at least one of these should be one
    // of them, and a shaped surrogate pair is a single glyph with one cluster.
    int found = Arrays.stream(mapped).filter(face::hasGlyph).findFirst().orElse(-1);
    if (found > 0) {
      ShapedText shaped = face.shape("x" + Character.toString(found) + "y", false);
      assertEquals(3, shaped.glyphCount());
      assertArrayEquals(new int[] {0, 1, 3}, shaped.clusterStarts());
      assertEquals(Character.toString(found), shaped.clusterText(1));
    }
    ShapedText missing = face.shape("x\uD83D\uDE00y", false); // U+1F600, not in Gentium
    assertArrayEquals(new int[] {0, 1, 3}, missing.clusterStarts());
    assertEquals(0, missing.glyphIds()[1]);
  }

  @Test
  void shapeWithoutLigaturesIsOneGlyphPerCharacter() {
    FontFace face = regular();
    ShapedText shaped = face.shape("Žluťoučký", false);
    assertEquals(9, shaped.glyphCount());
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, shaped.clusterStarts());
    assertEquals("ť", shaped.clusterText(3));
    assertEquals(face.glyphId('ý'), shaped.glyphIds()[8]);
    // The last glyph has nothing to kern against.
    assertEquals(face.advance(face.glyphId('ý')), shaped.advances()[8]);
    assertEquals(0, face.shape("", true).glyphCount());
  }

  @Test
  void rejectsDataThatIsNotATrueTypeFont() {
    IOException garbage =
        assertThrows(IOException.class, () -> FontFace.load("junk.ttf", new byte[] {1, 2, 3, 4, 5}));
    assertTrue(garbage.getMessage().contains("junk.ttf"), garbage.getMessage());

    byte[] cff = {'O', 'T', 'T', 'O', 0, 1, 0, 0, 0, 0, 0, 0};
    IOException otf = assertThrows(IOException.class, () -> FontFace.load("x.otf", cff));
    assertTrue(otf.getMessage().contains("CFF"), otf.getMessage());
  }

  @Test
  void bundledSetIsSharedAndLoadUsesItForEmptyEntries() throws IOException {
    assertSame(FontSet.bundled(), FontSet.bundled());
    FontSet set =
        FontSet.load(cz.sazba.model.Layout.FontFiles.bundled(), java.nio.file.Path.of("."));
    for (FontStyle style : FontStyle.values()) {
      assertSame(FontSet.bundled().face(style), set.face(style));
    }
  }
}

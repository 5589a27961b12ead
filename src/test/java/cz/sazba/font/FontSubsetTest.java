package cz.sazba.font;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.testing.ArticleText;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * A subset shapes the first book's text exactly as the whole font does: our shaper on the subset
 * against our shaper on the font, and Java's own HarfBuzz-based layout (an independent shaper, as
 * in a reading system) on the subset against the typesetter's glyphs and advances.
 */
class FontSubsetTest {
  private static final String TEXT = readArticle();
  private static final Set<Integer> CODE_POINTS = codePoints(TEXT + " official fluffy AVAST Wave Tomáš");

  private static String readArticle() {
    try {
      return Files.readString(ArticleText.projectDir().resolve("manuscript/01-relations.md"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Set<Integer> codePoints(String s) {
    Set<Integer> cps = new TreeSet<>();
    for (int c = 0x20; c < 0x7F; c++) cps.add(c);
    s.codePoints().filter(c -> c >= 0x20).forEach(cps::add);
    return cps;
  }

  private static List<String> words() {
    return List.of((TEXT + " official fluffy AVAST Wave Tomáš").split("\\s+"));
  }

  @Test
  void everyStyleShapesTheBookAsTheWholeFont() throws Exception {
    for (FontStyle style : FontStyle.values()) {
      FontFace whole = FontSet.bundled().face(style);
      FontSubset.Result subset = FontSubset.subset(whole.name(), whole.data(), CODE_POINTS, "Sazba Text");
      assertTrue(subset.data().length < whole.data().length / 5, style + ": " + subset.data().length + " bytes");
      assertTrue(subset.glyphsKept() < subset.glyphCount() / 5, style + ": kept " + subset.glyphsKept());
      FontFace cut = FontFace.load("subset", subset.data());
      int ligatures = 0;
      int kerned = 0;
      for (String word : words()) {
        ShapedText a = whole.shape(word, true);
        ShapedText b = cut.shape(word, true);
        assertArrayEquals(a.glyphIds(), b.glyphIds(), style + " glyphs of " + word);
        assertArrayEquals(a.advances(), b.advances(), style + " advances of " + word);
        assertArrayEquals(whole.smallCaps(a).glyphIds(), cut.smallCaps(b).glyphIds(), style + " small caps of " + word);
        if (a.glyphCount() < word.codePointCount(0, word.length())) ligatures++;
        for (int i = 0; i < a.glyphCount(); i++) if (a.advances()[i] != whole.advance(a.glyphIds()[i])) kerned++;
      }
      assertTrue(ligatures > 10, style + ": words with ligatures " + ligatures);
      assertTrue(kerned > 100, style + ": kerned glyphs " + kerned);
      assertEquals(0, cut.glyphId('\u0416'), "a letter the book does not use is not in the subset");
      assertNotEquals(0, whole.glyphId('\u0416'), "the whole font has it");
    }
  }

  @Test
  void harfBuzzInTheJdkSetsTheSubsetAsTheTypesetterDoes() throws Exception {
    FontFace whole = FontSet.bundled().face(FontStyle.REGULAR);
    byte[] subset = FontSubset.subset(whole.name(), whole.data(), CODE_POINTS, "Sazba Text").data();
    Map<TextAttribute, Object> features = new HashMap<>();
    features.put(TextAttribute.KERNING, TextAttribute.KERNING_ON);
    features.put(TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON);
    int upem = 2048;
    Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(subset)).deriveFont((float) upem)
        .deriveFont(features);
    FontRenderContext frc = new FontRenderContext(null, false, true);
    int checked = 0;
    for (String word : words()) {
      if (word.length() < 2) continue;
      ShapedText ours = whole.shape(word, true);
      char[] chars = word.toCharArray();
      GlyphVector gv = font.layoutGlyphVector(frc, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
      int[] glyphs = gv.getGlyphCodes(0, gv.getNumGlyphs(), null);
      assertArrayEquals(ours.glyphIds(), glyphs, "HarfBuzz glyphs of " + word);
      double x = 0;
      for (int i = 0; i < ours.glyphCount(); i++) {
        assertEquals(x, gv.getGlyphPosition(i).getX(), 1.0, "position of glyph " + i + " in " + word);
        x += ours.advances()[i] * (upem / (double) whole.unitsPerEm());
      }
      checked++;
    }
    assertTrue(checked > 500, "words checked: " + checked);
  }

  @Test
  void theSubsetIsRenamedAndKeepsItsNotices() throws Exception {
    FontFace whole = FontSet.bundled().face(FontStyle.BOLD_ITALIC);
    byte[] subset = FontSubset.subset(whole.name(), whole.data(), CODE_POINTS, "Sazba Text").data();
    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(subset))) {
      NamingTable names = ttf.getNaming();
      assertEquals("Sazba Text", names.getFontFamily());
      assertEquals("SazbaText-BoldItalic", names.getPostScriptName());
      for (int id : new int[] {1, 3, 4, 6, 16, 17, 21, 22}) {
        String name = names.getName(id, 3, 1, 0x409);
        assertFalse(name != null && (name.contains("Gentium") || name.contains("SIL")), id + ": " + name);
      }
      assertTrue(names.getName(0, 3, 1, 0x409).contains("SIL International"), "copyright notice kept");
      assertTrue(names.getName(13, 3, 1, 0x409).contains("SIL Open Font License"), "licence kept");
      assertTrue(names.getName(14, 3, 1, 0x409).contains("openfontlicense.org")
          || names.getName(14, 3, 1, 0x409).contains("scripts.sil.org"), "licence URL kept");
      assertEquals(whole.glyphId('ř'), ttf.getUnicodeCmapLookup().getGlyphId('ř'));
      assertTrue(ttf.getGlyph().getGlyph(whole.glyphId('ř')).getNumberOfContours() != 0, "ř has an outline");
    }
  }

  @Test
  void combiningMarksKeepTheFontsOwnLayoutTables() throws Exception {
    FontFace whole = FontSet.bundled().face(FontStyle.REGULAR);
    Set<Integer> cps = new TreeSet<>(CODE_POINTS);
    cps.add(0x0301); // combining acute: mark positioning needs the font's GPOS
    byte[] subset = FontSubset.subset(whole.name(), whole.data(), cps, "Sazba Text").data();
    Map<String, byte[]> tables = FontSubset.tables(subset);
    Map<String, byte[]> original = FontSubset.tables(whole.data());
    assertArrayEquals(original.get("GPOS"), tables.get("GPOS"));
    assertArrayEquals(original.get("GSUB"), tables.get("GSUB"));
    FontFace cut = FontFace.load("subset", subset);
    for (String word : words()) assertArrayEquals(whole.shape(word, true).advances(), cut.shape(word, true).advances());
  }

  @Test
  void theSameInputGivesTheSameBytes() throws Exception {
    FontFace whole = FontSet.bundled().face(FontStyle.ITALIC);
    assertArrayEquals(FontSubset.subset(whole.name(), whole.data(), CODE_POINTS, "Sazba Text").data(),
        FontSubset.subset(whole.name(), whole.data(), new TreeSet<>(CODE_POINTS), "Sazba Text").data());
  }
}

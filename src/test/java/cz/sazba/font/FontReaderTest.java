package cz.sazba.font;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.testing.ArticleText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.CmapTable;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.GlyphDescription;
import org.apache.fontbox.ttf.GlyphTable;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * Our sfnt reading gives what fontbox (which read the fonts before) gave, for every TrueType font
 * in the repository: advances, the glyph of every code point, metrics, names, the layout tables'
 * bytes and glyph outlines, composites included; and malformed files end in an IOException that
 * names the file.
 */
class FontReaderTest {
  private static List<Path> fonts() throws IOException {
    List<Path> fonts = new ArrayList<>();
    Path root = ArticleText.projectDir();
    for (String dir : List.of("fonts", "src/main/resources", "src/test/resources")) {
      Path d = root.resolve(dir);
      if (!Files.isDirectory(d)) continue;
      try (Stream<Path> files = Files.walk(d)) {
        files.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttf"))
            .sorted().forEach(fonts::add);
      }
    }
    assertFalse(fonts.isEmpty());
    return fonts;
  }

  private static TrueTypeFont fontBox(byte[] data) throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(data));
  }

  /** fontbox's reading of a font program as embedded in a PDF (no post, name or cmap needed). */
  private static TrueTypeFont embedded(byte[] data) throws IOException {
    return new TTFParser(true).parse(new RandomAccessReadBuffer(data));
  }

  @Test
  void everyFontReadsAsFontboxReadIt() throws IOException {
    for (Path path : fonts()) {
      byte[] data = Files.readAllBytes(path);
      FontFace face = FontFace.load(path.getFileName().toString(), data);
      try (TrueTypeFont ttf = fontBox(data)) {
        String what = path.toString();
        int glyphs = ttf.getNumberOfGlyphs();
        assertEquals(glyphs, face.glyphCount(), what);
        for (int g = 0; g < glyphs; g++) assertEquals(ttf.getAdvanceWidth(g), face.advance(g), what + " advance " + g);

        CodePointMap expected = fontBoxCmap(ttf, glyphs);
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
          if (expected.glyphId(cp) != face.glyphId(cp)) {
            assertEquals(expected.glyphId(cp), face.glyphId(cp), what + " U+" + Integer.toHexString(cp));
          }
        }
        assertEquals(expected.mappedCount(), face.cmapSize(), what);

        var head = ttf.getHeader();
        var hhea = ttf.getHorizontalHeader();
        assertEquals(head.getUnitsPerEm(), face.unitsPerEm(), what);
        assertArrayEquals(new int[] {head.getXMin(), head.getYMin(), head.getXMax(), head.getYMax()},
            face.boundingBox(), what);
        assertEquals(hhea.getAscender(), face.ascender(), what);
        assertEquals(hhea.getDescender(), face.descender(), what);
        assertEquals((double) ttf.getPostScript().getItalicAngle(), face.italicAngle(), what);
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        int capHeight = os2.getVersion() >= 2 ? os2.getCapHeight() : 0;
        if (capHeight <= 0) capHeight = ttf.getGlyph().getGlyph(expected.glyphId('H')).getYMaximum();
        int xHeight = os2.getVersion() >= 2 ? os2.getHeight() : 0;
        if (xHeight <= 0) xHeight = ttf.getGlyph().getGlyph(expected.glyphId('x')).getYMaximum();
        assertEquals(capHeight, face.capHeight(), what);
        assertEquals(xHeight, face.xHeight(), what);
        assertEquals(FontReader.stemV(os2.getWeightClass(), head.getUnitsPerEm()), face.stemV(), what);

        NamingTable naming = ttf.getNaming();
        assertEquals(naming.getPostScriptName().trim(), face.postScriptName(), what);
        assertEquals(naming.getFontFamily().trim(), face.familyName(), what);
        TableBytes name = SfntFile.read(data).table("name");
        assertEquals(naming.getPostScriptName(), NameTable.postScriptName(name), what);
        assertEquals(naming.getFontFamily(), NameTable.family(name), what);

        SfntFile file = SfntFile.read(data);
        for (String tag : List.of("GDEF", "GSUB", "GPOS", "kern", "cmap", "glyf", "hmtx")) {
          TTFTable table = ttf.getTableMap().get(tag);
          if (table == null) {
            assertFalse(file.has(tag), what + " " + tag);
          } else {
            assertArrayEquals(ttf.getTableBytes(table), file.copy(tag), what + " " + tag);
          }
        }

        GlyphTable glyf = ttf.getGlyph();
        int composites = 0;
        for (int g = 0; g < glyphs; g++) {
          GlyphData glyph = glyf.getGlyph(g);
          if (glyph != null && glyph.getDescription().isComposite()) composites++;
          assertEquals(walk(fontBoxOutline(ttf, g)), walk(face.outline(g)), what + " glyph " + g);
        }
        assertTrue(composites > 100, what + ": " + composites + " composite glyphs");
        assertEquals(GlyphOutline.EMPTY, face.outline(glyphs));
        assertEquals(GlyphOutline.EMPTY, face.outline(-1));
      }
    }
  }

  /** The map fontbox's reading gave: the first of {@link CmapReader#UNICODE_SUBTABLES}, inverted per glyph. */
  private static CodePointMap fontBoxCmap(TrueTypeFont font, int glyphCount) throws IOException {
    CmapTable cmapTable = font.getCmap();
    CmapSubtable subtable = null;
    for (int[] ids : CmapReader.UNICODE_SUBTABLES) {
      subtable = cmapTable.getSubtable(ids[0], ids[1]);
      if (subtable != null) break;
    }
    int[][] codesByGlyph = new int[glyphCount][];
    for (int glyph = 1; glyph < glyphCount; glyph++) {
      List<Integer> codes = subtable.getCharCodes(glyph);
      if (codes == null || codes.isEmpty()) continue;
      codesByGlyph[glyph] = codes.stream().mapToInt(Integer::intValue).toArray();
    }
    return CodePointMap.fromGlyphCodes(codesByGlyph);
  }

  /** The outline as fontbox's glyph description gave it (how GlyphOutline was read before). */
  private static GlyphOutline fontBoxOutline(TrueTypeFont font, int glyphId) throws IOException {
    GlyphData data = font.getGlyph().getGlyph(glyphId);
    if (data == null) return GlyphOutline.EMPTY;
    GlyphDescription d = data.getDescription();
    if (d.isComposite()) d.resolve();
    int contours = d.getContourCount();
    int points = d.getPointCount();
    if (contours <= 0 || points <= 0) return GlyphOutline.EMPTY;
    int[] ends = new int[contours];
    for (int i = 0; i < contours; i++) ends[i] = d.getEndPtOfContours(i);
    int[] xs = new int[points];
    int[] ys = new int[points];
    boolean[] on = new boolean[points];
    for (int i = 0; i < points; i++) {
      xs[i] = d.getXCoordinate(i);
      ys[i] = d.getYCoordinate(i);
      on[i] = (d.getFlags(i) & 1) != 0;
    }
    return GlyphOutline.of(ends, xs, ys, on);
  }

  /** Every step of an outline's walk, with its counts: two outlines walk alike exactly when their points do. */
  private static String walk(GlyphOutline outline) {
    StringBuilder s = new StringBuilder(outline.contourCount() + "/" + outline.pointCount() + ":");
    outline.walk(new GlyphOutline.Visitor() {
      @Override
      public void moveTo(double x, double y) {
        s.append(" M").append(x).append(',').append(y);
      }

      @Override
      public void lineTo(double x, double y) {
        s.append(" L").append(x).append(',').append(y);
      }

      @Override
      public void quadTo(double cx, double cy, double x, double y) {
        s.append(" Q").append(cx).append(',').append(cy).append(' ').append(x).append(',').append(y);
      }

      @Override
      public void close() {
        s.append(" Z");
      }
    });
    return s.toString();
  }

  @Test
  void pdfSubsetRenumbersWithoutGapsAndKeepsWidthsAndOutlines() throws IOException {
    for (FontStyle style : FontStyle.values()) {
      FontFace face = FontSet.bundled().face(style);
      TreeSet<Integer> used = new TreeSet<>();
      "Tomáš Ǆ ﬁ official Ångström – “quotes” 123".codePoints().forEach(cp -> used.add(face.glyphId(cp)));
      used.add(face.glyphCount() - 1);
      FontSubset.ByGlyphs subset = face.subsetGlyphs(used);
      int[] oldByNew = subset.oldByNew();
      assertEquals(0, oldByNew[0]);
      for (int i = 1; i < oldByNew.length; i++) assertTrue(oldByNew[i] > oldByNew[i - 1]);
      for (int g : used) assertTrue(java.util.Arrays.binarySearch(oldByNew, g) >= 0, style + " glyph " + g);
      assertTrue(oldByNew.length > used.size() + 1, style + ": composites pull in their components");

      byte[] program = subset.program();
      assertEquals(0xB1B0AFBAL, checksum(program), style + ": checkSumAdjustment");
      SfntFile file = SfntFile.read(program);
      for (int i = 0; i < file.tableCount(); i++) {
        String tag = file.tag(i);
        assertTrue(List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cvt ", "fpgm", "prep", "gasp").contains(tag),
            tag);
      }
      GlyfTable glyphs = GlyfTable.of(file);
      try (TrueTypeFont ttf = embedded(program)) {
        assertEquals(oldByNew.length, ttf.getNumberOfGlyphs());
        for (int i = 0; i < oldByNew.length; i++) {
          assertEquals(face.advance(oldByNew[i]), ttf.getAdvanceWidth(i), style + " width of " + i);
          assertEquals(walk(face.outline(oldByNew[i])), walk(glyphs.outline(i)), style + " outline of " + i);
          assertEquals(walk(face.outline(oldByNew[i])), walk(fontBoxOutline(ttf, i)), style + " fontbox outline " + i);
        }
      }
    }
  }

  private static long checksum(byte[] data) {
    long sum = 0;
    for (int i = 0; i < data.length; i += 4) {
      int word = 0;
      for (int k = 0; k < 4; k++) word = word << 8 | (i + k < data.length ? data[i + k] & 0xFF : 0);
      sum += word & 0xFFFFFFFFL;
    }
    return sum & 0xFFFFFFFFL;
  }

  // Hostile input.

  private static byte[] gentium() throws IOException {
    return Files.readAllBytes(ArticleText.projectDir().resolve("fonts/GentiumBookPlus-Regular.ttf"));
  }

  private static int entry(byte[] font, String tag) {
    int tables = ((font[4] & 0xFF) << 8) | (font[5] & 0xFF);
    for (int i = 0; i < tables; i++) {
      if (tag.equals(new String(font, 12 + 16 * i, 4, StandardCharsets.ISO_8859_1))) return 12 + 16 * i;
    }
    throw new AssertionError(tag);
  }

  private static int u32(byte[] b, int at) {
    return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
  }

  private static void putU32(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
  }

  private static String message(String name, byte[] font) {
    return assertThrows(IOException.class, () -> FontFace.load(name, font)).getMessage();
  }

  @Test
  void truncatedFiles() throws IOException {
    byte[] whole = gentium();
    int end = 0; // where the last table ends (the file may pad it)
    int tables = ((whole[4] & 0xFF) << 8) | (whole[5] & 0xFF);
    for (int i = 0; i < tables; i++) end = Math.max(end, u32(whole, 12 + 16 * i + 8) + u32(whole, 12 + 16 * i + 12));
    for (int length : new int[] {400, 5000, whole.length / 2, end - 1}) {
      String m = message("cut.ttf", java.util.Arrays.copyOf(whole, length));
      assertTrue(m.startsWith("cut.ttf: not a readable TrueType font (malformed directory table: "), m);
    }
  }

  @Test
  void tableOffsetPastTheEnd() throws IOException {
    byte[] font = gentium();
    putU32(font, entry(font, "hmtx") + 8, font.length - 2);
    String m = message("far.ttf", font);
    assertTrue(m.startsWith("far.ttf: not a readable TrueType font (malformed directory table: table hmtx past the end"), m);
    byte[] huge = gentium();
    putU32(huge, entry(huge, "GSUB") + 12, 0x7FFFFFF0);
    m = message("huge.ttf", huge);
    assertTrue(m.contains("table GSUB past the end"), m);
  }

  @Test
  void badCmap() throws IOException {
    byte[] font = gentium();
    int cmap = u32(font, entry(font, "cmap") + 8);
    int cmapLength = u32(font, entry(font, "cmap") + 12);
    int subtables = ((font[cmap + 2] & 0xFF) << 8) | (font[cmap + 3] & 0xFF);
    // Every subtable's offset past the end of the cmap.
    for (int i = 0; i < subtables; i++) putU32(font, cmap + 4 + 8 * i + 4, cmapLength + 10);
    String m = message("cmap.ttf", font);
    assertTrue(m.startsWith("cmap.ttf: malformed cmap table: read of 2 bytes at "), m);

    byte[] format = gentium();
    for (int i = 0; i < subtables; i++) {
      int sub = cmap + u32(format, cmap + 4 + 8 * i + 4);
      format[sub] = 0;
      format[sub + 1] = 7;
    }
    m = message("format.ttf", format);
    assertTrue(m.startsWith("format.ttf: malformed cmap table: Unicode subtable of format 7"), m);

    byte[] count = gentium();
    int full = -1; // the Windows Unicode full-repertoire subtable (format 12), the one read
    for (int i = 0; i < subtables; i++) {
      int record = cmap + 4 + 8 * i;
      if (count[record + 1] == 3 && count[record + 3] == 10) full = cmap + u32(count, record + 4);
    }
    putU32(count, full + 12, 0x10000000); // its group count
    m = message("groups.ttf", count);
    assertTrue(m.startsWith("groups.ttf: malformed cmap table: read of 4 bytes at "), m);
  }

  @Test
  void badGlyphs() throws IOException {
    byte[] font = gentium();
    FontFace face = FontFace.load("g.ttf", font);
    int glyph = face.glyphId('o');
    int glyf = u32(font, entry(font, "glyf") + 8);
    int loca = u32(font, entry(font, "loca") + 8);
    int at = glyf + u32(font, loca + 4 * glyph);
    // A flag repeating past the glyph's points.
    int contours = ((font[at] & 0xFF) << 8) | (font[at + 1] & 0xFF);
    int instructions = at + 10 + 2 * contours;
    int flags = instructions + 2 + (((font[instructions] & 0xFF) << 8) | (font[instructions + 1] & 0xFF));
    font[flags] = 0x08 | 0x01;
    font[flags + 1] = (byte) 0xFF;
    FontFace broken = FontFace.load("g.ttf", font);
    IOException e = assertThrows(IOException.class, () -> broken.outline(glyph));
    assertTrue(e.getMessage().startsWith("malformed glyf table: glyph " + glyph + ": flag repeat count"), e.getMessage());
  }

  @Test
  void compositeThatContainsItself() throws IOException {
    byte[] font = gentium();
    FontFace face = FontFace.load("c.ttf", font);
    int glyph = face.glyphId('\u00C1'); // Á: A and the acute accent
    int glyf = u32(font, entry(font, "glyf") + 8);
    int loca = u32(font, entry(font, "loca") + 8);
    int at = glyf + u32(font, loca + 4 * glyph);
    assertTrue(font[at] < 0, "a composite glyph");
    GlyphOutline whole = face.outline(glyph);
    // Its last component made the glyph itself.
    int component = at + 10;
    while (true) {
      int flags = ((font[component] & 0xFF) << 8) | (font[component + 1] & 0xFF);
      if ((flags & 0x20) == 0) break;
      int length = 4 + ((flags & 1) != 0 ? 4 : 2) + ((flags & 8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
      component += length;
    }
    font[component + 2] = (byte) (glyph >>> 8);
    font[component + 3] = (byte) glyph;
    FontFace cyclic = FontFace.load("c.ttf", font);
    // The component is left out, and with it (the last one) the glyph's points, as fontbox counted.
    assertEquals(0, cyclic.outline(glyph).pointCount());
    assertTrue(whole.pointCount() > 0);
    // The PDF subset still closes over the components, once.
    FontSubset.ByGlyphs subset = cyclic.subsetGlyphs(List.of(glyph));
    assertTrue(subset.glyphCount() >= 2 && subset.glyphCount() <= 3, "" + subset.glyphCount());
  }
}

package cz.sazba.font;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.CmapTable;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Reads everything a {@link FontFace} needs out of fontbox in one go, into plain arrays, so
 * that nothing mutable or lazily parsed is used by the typesetter. fontbox parses tables on first
 * use and is not thread-safe, so the {@link TrueTypeFont} itself is handed to the face only for
 * {@link FontFace#withFontBox}, which uses it under the face's lock.
 */
final class FontReader {
  /**
   * Unicode cmap subtables, best first: full-repertoire ones (format 12) before BMP-only ones.
   * Each entry is {platform id, encoding id}.
   */
  private static final int[][] UNICODE_SUBTABLES = {
    {CmapTable.PLATFORM_WINDOWS, CmapTable.ENCODING_WIN_UNICODE_FULL},
    {CmapTable.PLATFORM_UNICODE, CmapTable.ENCODING_UNICODE_2_0_FULL},
    {CmapTable.PLATFORM_UNICODE, CmapTable.ENCODING_UNICODE_2_0_BMP},
    {CmapTable.PLATFORM_WINDOWS, CmapTable.ENCODING_WIN_UNICODE_BMP},
    {CmapTable.PLATFORM_UNICODE, CmapTable.ENCODING_UNICODE_1_1},
    {CmapTable.PLATFORM_UNICODE, CmapTable.ENCODING_UNICODE_1_0},
  };

  private FontReader() {}

  static FontFace read(String name, byte[] data) throws IOException {
    checkOutlines(name, data);
    TrueTypeFont font;
    try {
      font = new TTFParser().parse(new RandomAccessReadBuffer(data));
    } catch (IOException | RuntimeException e) {
      throw new IOException(name + ": not a readable TrueType font (" + e.getMessage() + ")", e);
    }
    boolean kept = false;
    try {
      FontFace face = read(name, data, font);
      // fontbox's parse stays with the face, for the PDF writer's subsetting (one parse per file).
      face.keepFontBox(font);
      kept = true;
      return face;
    } catch (RuntimeException e) {
      // fontbox signals some malformed tables with unchecked exceptions.
      throw new IOException(name + ": malformed font (" + e + ")", e);
    } catch (IOException e) {
      String message = String.valueOf(e.getMessage());
      if (message.startsWith(name + ":")) throw e;
      throw new IOException(name + ": " + message, e);
    } finally {
      if (!kept) font.close();
    }
  }

  /**
   * Refuses what we cannot use before fontbox sees it, so the message says why: CFF outlines
   * ({@code OTTO}), collections, and TrueType files whose table directory lacks {@code glyf}.
   */
  private static void checkOutlines(String name, byte[] data) throws IOException {
    String signature = data.length >= 4 ? new String(data, 0, 4, StandardCharsets.ISO_8859_1) : "";
    if ("OTTO".equals(signature)) {
      throw new IOException(
          name + ": OpenType font with CFF (PostScript) outlines; only TrueType fonts with glyf"
              + " outlines are supported");
    }
    if ("ttcf".equals(signature)) {
      throw new IOException(name + ": font collections (.ttc) are not supported; use a single .ttf");
    }
    if (data.length < 12) throw new IOException(name + ": not a TrueType font (file too short)");
    int tables = ((data[4] & 0xFF) << 8) | (data[5] & 0xFF);
    for (int i = 0; i < tables && 12 + 16 * i + 4 <= data.length; i++) {
      if ("glyf".equals(new String(data, 12 + 16 * i, 4, StandardCharsets.ISO_8859_1))) return;
    }
    throw new IOException(name + ": font has no glyf outlines; only TrueType outlines are supported");
  }

  private static FontFace read(String name, byte[] data, TrueTypeFont font) throws IOException {
    Map<String, TTFTable> tables = font.getTableMap();
    if (!tables.containsKey("glyf") || !tables.containsKey("loca")) {
      throw new IOException(
          name + ": font has no glyf outlines (CFF-flavoured OpenType is not supported)");
    }
    HeaderTable head = font.getHeader();
    HorizontalHeaderTable hhea = font.getHorizontalHeader();
    HorizontalMetricsTable hmtx = font.getHorizontalMetrics();
    if (head == null || hhea == null || hmtx == null) {
      throw new IOException(name + ": font lacks a head, hhea or hmtx table");
    }
    int glyphCount = font.getNumberOfGlyphs();
    int[] advances = new int[glyphCount];
    for (int glyph = 0; glyph < glyphCount; glyph++) {
      advances[glyph] = hmtx.getAdvanceWidth(glyph);
    }
    CodePointMap cmap = readCmap(name, font, glyphCount);

    OS2WindowsMetricsTable os2 = font.getOS2Windows();
    PostScriptTable post = font.getPostScript();
    int[] bbox = {head.getXMin(), head.getYMin(), head.getXMax(), head.getYMax()};
    int capHeight = os2 != null && os2.getVersion() >= 2 ? os2.getCapHeight() : 0;
    if (capHeight <= 0) capHeight = glyphTop(font, cmap.glyphId('H'), Math.round(hhea.getAscender() * 0.7f));
    int xHeight = os2 != null && os2.getVersion() >= 2 ? os2.getHeight() : 0;
    if (xHeight <= 0) xHeight = glyphTop(font, cmap.glyphId('x'), Math.round(hhea.getAscender() * 0.5f));
    int weightClass = os2 != null ? os2.getWeightClass() : 400;
    FaceMetrics metrics =
        new FaceMetrics(
            head.getUnitsPerEm(),
            hhea.getAscender(),
            hhea.getDescender(),
            capHeight,
            xHeight,
            bbox,
            post != null ? post.getItalicAngle() : 0.0,
            stemV(weightClass, head.getUnitsPerEm()));

    NamingTable naming = font.getNaming();
    String postScriptName = naming != null ? naming.getPostScriptName() : null;
    String familyName = naming != null ? naming.getFontFamily() : null;
    if (postScriptName == null || postScriptName.isBlank()) postScriptName = fallbackPostScriptName(name);
    if (familyName == null || familyName.isBlank()) familyName = postScriptName;

    int[] glyphClasses = glyphClasses(font, glyphCount);
    PairKerning kerning = null;
    TableBytes gpos = rawTable(font, "GPOS");
    if (gpos != null) kerning = GposKerning.read(gpos, glyphClasses);
    if (kerning == null) {
      TableBytes kern = rawTable(font, "kern");
      if (kern != null) kerning = KernTableKerning.read(kern);
    }
    Ligatures ligatures = null;
    TableBytes gsub = rawTable(font, "GSUB");
    if (gsub != null) ligatures = GsubLigatures.read(gsub, glyphClasses);
    int[] smallCaps = gsub == null ? null : GsubSingle.read(gsub, "smcp", glyphCount);
    if (kerning == null) kerning = PairKerning.NONE;
    if (ligatures == null) ligatures = Ligatures.NONE;
    return new FontFace(
        name, data, postScriptName.trim(), familyName.trim(), metrics, cmap, advances, kerning, ligatures,
        smallCaps);
  }

  /** The bytes of a table as stored in the file, or null when the font lacks it. */
  private static TableBytes rawTable(TrueTypeFont font, String tag) throws IOException {
    TTFTable table = font.getTableMap().get(tag);
    if (table == null) return null;
    return new TableBytes(tag, font.getTableBytes(table));
  }

  /**
   * GDEF glyph classes (1 base, 2 ligature, 3 mark, 4 component), all 0 when the font has no
   * GDEF: lookups then cannot skip anything, which is also what shapers do.
   */
  private static int[] glyphClasses(TrueTypeFont font, int glyphCount) throws IOException {
    TableBytes gdef = rawTable(font, "GDEF");
    if (gdef == null) return new int[glyphCount];
    int classDef = gdef.u16(4);
    return LayoutTable.classDef(gdef, classDef, glyphCount);
  }

  private static CodePointMap readCmap(String name, TrueTypeFont font, int glyphCount)
      throws IOException {
    CmapTable cmapTable = font.getCmap();
    CmapSubtable subtable = null;
    if (cmapTable != null) {
      for (int[] ids : UNICODE_SUBTABLES) {
        subtable = cmapTable.getSubtable(ids[0], ids[1]);
        if (subtable != null) break;
      }
    }
    if (subtable == null) {
      throw new IOException(name + ": font has no Unicode cmap subtable (cannot map characters to glyphs)");
    }
    int[][] codesByGlyph = new int[glyphCount][];
    for (int glyph = 1; glyph < glyphCount; glyph++) {
      List<Integer> codes = subtable.getCharCodes(glyph);
      if (codes == null || codes.isEmpty()) continue;
      int[] array = new int[codes.size()];
      for (int i = 0; i < array.length; i++) array[i] = codes.get(i);
      codesByGlyph[glyph] = array;
    }
    return CodePointMap.fromGlyphCodes(codesByGlyph);
  }

  /** Top of a glyph's outline, for fonts whose OS/2 table predates cap and x heights. */
  private static int glyphTop(TrueTypeFont font, int glyph, int fallback) throws IOException {
    if (glyph == 0 || font.getGlyph() == null) return fallback;
    GlyphData data = font.getGlyph().getGlyph(glyph);
    return data != null ? data.getYMaximum() : fallback;
  }

  /**
   * PDF viewers only use StemV as a hint; the usual guess grows with the square of the weight
   * (about 43/1000 em for regular, 124/1000 em for bold). Scaled to font units.
   */
  static int stemV(int weightClass, int unitsPerEm) {
    double t = (Math.max(100, Math.min(900, weightClass)) - 50) / 900.0;
    double perMille = 10 + 220 * t * t;
    return (int) Math.round(perMille * unitsPerEm / 1000.0);
  }

  private static String fallbackPostScriptName(String name) {
    String base = name.replaceAll("\\.[A-Za-z0-9]+$", "");
    String cleaned = base.replaceAll("[^A-Za-z0-9-]", "");
    return cleaned.isEmpty() ? "Font" : cleaned;
  }
}

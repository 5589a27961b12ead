package cz.sazba.font;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads everything a {@link FontFace} needs out of a TrueType file in one go, into plain arrays,
 * so that nothing mutable or lazily parsed is used by the typesetter. The tables are read in place
 * through the file's directory ({@link SfntFile}); only the ones a face needs, and of those only
 * what it needs: no dates out of head, no glyph names out of post, one cmap subtable, no glyph
 * outlines unless OS/2 lacks the cap or x height.
 *
 * <p>The values are those fontbox (which read the fonts before) gave, for the fonts we ship and
 * test with: {@code FontReaderTest} compares the two.
 */
final class FontReader {
  private FontReader() {}

  static FontFace read(String name, byte[] data) throws IOException {
    checkOutlines(name, data);
    SfntFile file;
    try {
      file = SfntFile.read(data);
    } catch (IOException e) {
      throw new IOException(name + ": not a readable TrueType font (" + e.getMessage() + ")", e);
    }
    try {
      return read(name, data, file);
    } catch (RuntimeException e) {
      // Nothing here should throw unchecked; if something does, the font is still what is wrong.
      throw new IOException(name + ": malformed font (" + e + ")", e);
    } catch (IOException e) {
      String message = String.valueOf(e.getMessage());
      if (message.startsWith(name + ":")) throw e;
      throw new IOException(name + ": " + message, e);
    }
  }

  /**
   * Refuses what we cannot use before its tables are read, so the message says why: CFF outlines
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

  private static FontFace read(String name, byte[] data, SfntFile file) throws IOException {
    if (!file.has("glyf") || !file.has("loca")) {
      throw new IOException(
          name + ": font has no glyf outlines (CFF-flavoured OpenType is not supported)");
    }
    TableBytes head = file.table("head");
    TableBytes hhea = file.table("hhea");
    TableBytes hmtx = file.table("hmtx");
    if (head == null || hhea == null || hmtx == null) {
      throw new IOException(name + ": font lacks a head, hhea or hmtx table");
    }
    TableBytes maxp = file.table("maxp");
    if (maxp == null) throw new IOException(name + ": font lacks a maxp table");
    int glyphCount = maxp.u16(4);
    int[] advances = advances(hmtx, hhea.u16(34), glyphCount);
    CodePointMap cmap = CmapReader.unicode(name, file.table("cmap"), glyphCount);

    int unitsPerEm = head.u16(18);
    int ascender = hhea.s16(4);
    int descender = hhea.s16(6);
    TableBytes os2 = file.table("OS/2");
    TableBytes post = file.table("post");
    int[] bbox = {head.s16(36), head.s16(38), head.s16(40), head.s16(42)};
    int os2Version = os2 != null ? os2.u16(0) : 0;
    GlyfTable glyphs = null;
    int capHeight = os2Version >= 2 ? os2.s16(88) : 0;
    if (capHeight <= 0) {
      glyphs = GlyfTable.of(file);
      capHeight = glyphTop(glyphs, cmap.glyphId('H'), Math.round(ascender * 0.7f));
    }
    int xHeight = os2Version >= 2 ? os2.s16(86) : 0;
    if (xHeight <= 0) {
      if (glyphs == null) glyphs = GlyfTable.of(file);
      xHeight = glyphTop(glyphs, cmap.glyphId('x'), Math.round(ascender * 0.5f));
    }
    int weightClass = os2 != null ? os2.u16(4) : 400;
    FaceMetrics metrics =
        new FaceMetrics(
            unitsPerEm,
            ascender,
            descender,
            capHeight,
            xHeight,
            bbox,
            post != null ? italicAngle(post) : 0.0,
            stemV(weightClass, unitsPerEm));

    TableBytes naming = file.table("name");
    String postScriptName = naming != null ? NameTable.postScriptName(naming) : null;
    String familyName = naming != null ? NameTable.family(naming) : null;
    if (postScriptName == null || postScriptName.isBlank()) postScriptName = fallbackPostScriptName(name);
    if (familyName == null || familyName.isBlank()) familyName = postScriptName;

    int[] glyphClasses = glyphClasses(file.table("GDEF"), glyphCount);
    PairKerning kerning = null;
    TableBytes gpos = file.table("GPOS");
    if (gpos != null) kerning = GposKerning.read(gpos, glyphClasses);
    if (kerning == null) {
      TableBytes kern = file.table("kern");
      if (kern != null) kerning = KernTableKerning.read(kern);
    }
    Ligatures ligatures = null;
    TableBytes gsub = file.table("GSUB");
    if (gsub != null) ligatures = GsubLigatures.read(gsub, glyphClasses);
    int[] smallCaps = gsub == null ? null : GsubSingle.read(gsub, "smcp", glyphCount);
    if (kerning == null) kerning = PairKerning.NONE;
    if (ligatures == null) ligatures = Ligatures.NONE;
    return new FontFace(
        name, data, postScriptName.trim(), familyName.trim(), metrics, cmap, advances, kerning, ligatures,
        smallCaps);
  }

  /**
   * Advance widths of every glyph: glyphs past the table's long metrics repeat its last advance
   * (monospaced fonts store one), and a table without long metrics gives 250 for all (fontbox's
   * guess, kept so that such a font sets as before).
   */
  static int[] advances(TableBytes hmtx, int longMetrics, int glyphCount) throws IOException {
    int[] advances = new int[glyphCount];
    if (longMetrics == 0) {
      java.util.Arrays.fill(advances, 250);
      return advances;
    }
    int n = Math.min(longMetrics, glyphCount);
    for (int glyph = 0; glyph < n; glyph++) advances[glyph] = hmtx.u16(4 * glyph);
    if (n < glyphCount) java.util.Arrays.fill(advances, n, glyphCount, hmtx.u16(4 * (longMetrics - 1)));
    return advances;
  }

  /** post's italic angle, a 16.16 fixed number, summed in float as fontbox did (the PDF shows it to 1/1000°). */
  private static double italicAngle(TableBytes post) throws IOException {
    float angle = post.s16(4);
    angle += post.u16(6) / 65536f;
    return angle;
  }

  /**
   * GDEF glyph classes (1 base, 2 ligature, 3 mark, 4 component), all 0 when the font has no
   * GDEF: lookups then cannot skip anything, which is also what shapers do.
   */
  private static int[] glyphClasses(TableBytes gdef, int glyphCount) throws IOException {
    if (gdef == null) return new int[glyphCount];
    int classDef = gdef.u16(4);
    return LayoutTable.classDef(gdef, classDef, glyphCount);
  }

  /** Top of a glyph's outline, for fonts whose OS/2 table predates cap and x heights. */
  private static int glyphTop(GlyfTable glyphs, int glyph, int fallback) throws IOException {
    if (glyph == 0) return fallback;
    return glyphs.top(glyph, fallback);
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

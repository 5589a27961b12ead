package cz.sazba.font;

import java.io.IOException;
import java.util.Arrays;

/**
 * One TrueType font file, parsed once and shared. Immutable after loading and safe to use from
 * several threads.
 *
 * <p>All lengths are in font units; divide by {@link #unitsPerEm()} and multiply by the size.
 */
public final class FontFace {
  private final String name;
  private final byte[] data;
  private final String postScriptName;
  private final String familyName;
  private final FaceMetrics metrics;
  private final CodePointMap cmap;
  private final int[] advances;
  private final PairKerning kerning;
  private final Ligatures ligatures;
  /** The {@code smcp} substitution, glyph to glyph, or null when the font has none. */
  private final int[] smallCaps;

  FontFace(
      String name,
      byte[] data,
      String postScriptName,
      String familyName,
      FaceMetrics metrics,
      CodePointMap cmap,
      int[] advances,
      PairKerning kerning,
      Ligatures ligatures,
      int[] smallCaps) {
    this.smallCaps = smallCaps;
    this.name = name;
    this.data = data;
    this.postScriptName = postScriptName;
    this.familyName = familyName;
    this.metrics = metrics;
    this.cmap = cmap;
    this.advances = advances;
    this.kerning = kerning;
    this.ligatures = ligatures;
  }

  /**
   * Parses a TrueType font. {@code name} is for messages (a file name).
   *
   * @throws IOException when the data is not a TrueType font with glyf outlines and a Unicode cmap
   */
  public static FontFace load(String name, byte[] data) throws IOException {
    return FontReader.read(name, data.clone());
  }

  /**
   * The glyph's outline in font units ({@link GlyphOutline}), read from the face's file when
   * asked for; {@link GlyphOutline#EMPTY} for a glyph without contours or an id outside the font.
   *
   * @throws IOException when the glyph's data is malformed
   */
  public GlyphOutline outline(int glyphId) throws IOException {
    return GlyfTable.of(SfntFile.read(data)).outline(glyphId);
  }

  /**
   * This face's font program cut down to {@code glyphIds} (and glyph 0, and the components of
   * composite glyphs), renumbered from 0 in the order of the original ids, for embedding in a PDF.
   *
   * @throws IOException when the font's tables are malformed
   */
  public FontSubset.ByGlyphs subsetGlyphs(java.util.Collection<Integer> glyphIds) throws IOException {
    return FontSubset.byGlyphs(name, data, glyphIds);
  }

  /** The name given when loading, e.g. the file name, for messages. */
  public String name() {
    return name;
  }

  /** The original file bytes, unmodified (embedding in EPUB, subsetting for PDF); a fresh copy. */
  public byte[] data() {
    return data.clone();
  }

  public String postScriptName() {
    return postScriptName;
  }

  public String familyName() {
    return familyName;
  }

  public int unitsPerEm() {
    return metrics.unitsPerEm();
  }

  /** Number of glyphs in the font; valid glyph ids are 0 to {@code glyphCount() - 1}. */
  public int glyphCount() {
    return advances.length;
  }

  /** Whether the font has a glyph for the code point (its cmap maps it to a glyph other than 0). */
  public boolean hasGlyph(int codePoint) {
    return cmap.glyphId(codePoint) != 0;
  }

  /** The glyph for a code point, or 0 (.notdef) when the font has none. */
  public int glyphId(int codePoint) {
    return cmap.glyphId(codePoint);
  }

  /** Advance width of a glyph; 0 for ids outside the font. */
  public int advance(int glyphId) {
    return glyphId >= 0 && glyphId < advances.length ? advances[glyphId] : 0;
  }

  /** Pair kerning between two glyphs (GPOS {@code kern} feature, else the {@code kern} table). */
  public int kerning(int leftGlyph, int rightGlyph) {
    if (leftGlyph < 0 || rightGlyph < 0 || leftGlyph >= advances.length || rightGlyph >= advances.length) {
      return 0;
    }
    return kerning.get(leftGlyph, rightGlyph);
  }

  /**
   * Shapes a run of text in this face: cmap lookup, standard ligatures ({@code liga}) when
   * {@code ligatures} is true, pair kerning. Characters the font lacks map to glyph 0; callers
   * check coverage first with {@link #hasGlyph(int)}.
   */
  public ShapedText shape(String text, boolean ligatures) {
    int length = text.length();
    int[] glyphs = new int[length];
    int[] clusters = new int[length];
    int count = 0;
    for (int i = 0; i < length; ) {
      int codePoint = text.codePointAt(i);
      glyphs[count] = cmap.glyphId(codePoint);
      clusters[count] = i;
      count++;
      i += Character.charCount(codePoint);
    }
    if (ligatures) {
      count = this.ligatures.apply(glyphs, clusters, count);
    }
    int[] widths = new int[count];
    for (int i = 0; i < count; i++) {
      int glyph = glyphs[i];
      int width = advances[glyph];
      if (i + 1 < count) width += kerning.get(glyph, glyphs[i + 1]);
      widths[i] = width;
    }
    if (count != length) {
      glyphs = Arrays.copyOf(glyphs, count);
      clusters = Arrays.copyOf(clusters, count);
    }
    return new ShapedText(text, glyphs, widths, clusters);
  }

  /** Whether the font has small capitals of its own ({@code smcp}). */
  public boolean hasSmallCaps() {
    return smallCaps != null;
  }

  /**
   * {@code shaped} with its lower-case letters as the font's small capitals ({@code smcp}), the
   * advances taken again (kerning between small capitals is not applied). The text stays as it
   * was, so the glyphs still copy as the letters written. Unchanged when the font has none.
   */
  public ShapedText smallCaps(ShapedText shaped) {
    if (smallCaps == null) return shaped;
    int[] glyphs = shaped.glyphIds().clone();
    int[] widths = shaped.advances().clone();
    boolean changed = false;
    for (int i = 0; i < glyphs.length; i++) {
      int to = smallCaps[glyphs[i]];
      if (to != glyphs[i]) {
        glyphs[i] = to;
        widths[i] = advances[to];
        changed = true;
      }
    }
    return changed ? new ShapedText(shaped.text(), glyphs, widths, shaped.clusterStarts()) : shaped;
  }

  /** Typographic ascender (hhea), positive, for the descriptor's Ascent. */
  public int ascender() {
    return metrics.ascender();
  }

  /** Typographic descender (hhea), negative, for the descriptor's Descent. */
  public int descender() {
    return metrics.descender();
  }

  public int capHeight() {
    return metrics.capHeight();
  }

  public int xHeight() {
    return metrics.xHeight();
  }

  /** Font bounding box: xMin, yMin, xMax, yMax (a fresh copy). */
  public int[] boundingBox() {
    return metrics.boundingBox().clone();
  }

  /** Italic angle in degrees counter-clockwise from vertical (negative for forward slant). */
  public double italicAngle() {
    return metrics.italicAngle();
  }

  /**
   * Stem width guess for the PDF font descriptor (from OS/2 weight class), in font units like
   * every other length here; the PDF writer scales it to 1/1000 em with the rest.
   */
  public int stemV() {
    return metrics.stemV();
  }

  /** Number of code points the cmap maps to a real glyph (for tests and diagnostics). */
  int cmapSize() {
    return cmap.mappedCount();
  }

  @Override
  public String toString() {
    return "FontFace[" + name + ", " + postScriptName + "]";
  }
}

package cz.sazba.font;

import java.io.IOException;

/**
 * One TrueType font file, parsed once and shared. Immutable after loading and safe to use from
 * several threads.
 *
 * <p>All lengths are in font units; divide by {@link #unitsPerEm()} and multiply by the size.
 */
public final class FontFace {
  // Filled in by the font-metrics work: parsed tables, cmap, advances, GPOS pair kerning, GSUB liga.

  private FontFace() {}

  /**
   * Parses a TrueType font. {@code name} is for messages (a file name).
   *
   * @throws IOException when the data is not a TrueType font with glyf outlines and a Unicode cmap
   */
  public static FontFace load(String name, byte[] data) throws IOException {
    throw new UnsupportedOperationException("font loading not built yet");
  }

  /** The name given when loading, e.g. the file name, for messages. */
  public String name() {
    throw new UnsupportedOperationException();
  }

  /** The original file bytes, unmodified (embedding in EPUB, subsetting for PDF). */
  public byte[] data() {
    throw new UnsupportedOperationException();
  }

  public String postScriptName() {
    throw new UnsupportedOperationException();
  }

  public String familyName() {
    throw new UnsupportedOperationException();
  }

  public int unitsPerEm() {
    throw new UnsupportedOperationException();
  }

  /** Whether the font has a glyph for the code point (its cmap maps it to a glyph other than 0). */
  public boolean hasGlyph(int codePoint) {
    throw new UnsupportedOperationException();
  }

  /** The glyph for a code point, or 0 (.notdef) when the font has none. */
  public int glyphId(int codePoint) {
    throw new UnsupportedOperationException();
  }

  public int advance(int glyphId) {
    throw new UnsupportedOperationException();
  }

  /** Pair kerning between two glyphs (GPOS {@code kern} feature, else the {@code kern} table). */
  public int kerning(int leftGlyph, int rightGlyph) {
    throw new UnsupportedOperationException();
  }

  /**
   * Shapes a run of text in this face: cmap lookup, standard ligatures ({@code liga}) when
   * {@code ligatures} is true, pair kerning. Characters the font lacks map to glyph 0; callers
   * check coverage first with {@link #hasGlyph(int)}.
   */
  public ShapedText shape(String text, boolean ligatures) {
    throw new UnsupportedOperationException();
  }

  public int ascender() {
    throw new UnsupportedOperationException();
  }

  public int descender() {
    throw new UnsupportedOperationException();
  }

  public int capHeight() {
    throw new UnsupportedOperationException();
  }

  public int xHeight() {
    throw new UnsupportedOperationException();
  }

  /** Font bounding box: xMin, yMin, xMax, yMax. */
  public int[] boundingBox() {
    throw new UnsupportedOperationException();
  }

  public double italicAngle() {
    throw new UnsupportedOperationException();
  }

  /** Stem width guess for the PDF font descriptor (from OS/2 weight class). */
  public int stemV() {
    throw new UnsupportedOperationException();
  }
}

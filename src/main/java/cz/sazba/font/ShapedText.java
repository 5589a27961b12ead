package cz.sazba.font;

/**
 * A string turned into glyphs: standard ligatures applied, pair kerning folded into advances.
 * Arrays are parallel, one entry per glyph, in font units.
 *
 * @param text the string that was shaped
 * @param glyphIds glyph ids in the font
 * @param advances advance of each glyph including the kerning towards the next glyph
 * @param clusterStarts index in {@code text} of the first character each glyph stands for; a
 *     ligature's cluster runs to the next glyph's start (or the end of the text)
 */
public record ShapedText(String text, int[] glyphIds, int[] advances, int[] clusterStarts) {
  /** The characters glyph {@code i} stands for: one letter, or all the letters of a ligature. */
  public String clusterText(int i) {
    int end = i + 1 < clusterStarts.length ? clusterStarts[i + 1] : text.length();
    return text.substring(clusterStarts[i], end);
  }

  public int glyphCount() {
    return glyphIds.length;
  }

  /** Sum of the advances, in font units. */
  public long totalAdvance() {
    long sum = 0;
    for (int a : advances) sum += a;
    return sum;
  }
}

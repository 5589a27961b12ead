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
    int start = clusterStarts[i];
    int end = i + 1 < clusterStarts.length ? clusterStarts[i + 1] : text.length();
    if (end - start == 1) {
      char c = text.charAt(start);
      if (c < ONE_CHAR.length) {
        // Every glyph of a laid-out book keeps its text (for the PDF's text layer): one String
        // per letter shared by all of them, not one per glyph (1.2 million Strings, about 90 MB,
        // on a 340-page book). A racing write stores an equal String: harmless.
        String one = ONE_CHAR[c];
        if (one == null) ONE_CHAR[c] = one = String.valueOf(c);
        return one;
      }
    }
    return text.substring(start, end);
  }

  /** One-character Strings by character, up to U+2FFF (Latin, Greek, Cyrillic, punctuation, symbols), made on first use. */
  private static final String[] ONE_CHAR = new String[0x3000];

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

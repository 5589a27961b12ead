package cz.sazba.hyphen;

/** Test helper: a word with {@code -} inserted at its break points, as TeX's log shows it. */
final class Hyphenated {
  private Hyphenated() {}

  static String of(Hyphenator hyphenator, String word) {
    StringBuilder out = new StringBuilder(word);
    int[] points = hyphenator.breakPoints(word);
    for (int k = points.length - 1; k >= 0; k--) out.insert(points[k], '-');
    return out.toString();
  }
}

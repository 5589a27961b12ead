package cz.sazba.hyphen;

/**
 * The shortest fragment, in letters (code points), that hyphenation may leave at the start
 * ({@code left}) and at the end ({@code right}) of a word: TeX's {@code \lefthyphenmin} and
 * {@code \righthyphenmin}.
 */
public record HyphenationMins(int left, int right) {
  /** What TeX and babel use when a pattern file says nothing: left 2, right 3. */
  public static final HyphenationMins DEFAULT = new HyphenationMins(2, 3);

  public HyphenationMins {
    // TeX itself treats anything below 1 as 1; we refuse it so a caller's mistake shows.
    if (left < 1 || right < 1) {
      throw new IllegalArgumentException(
          "hyphenation minima must be at least 1, got left " + left + " right " + right);
    }
  }
}

package cz.sazba.typeset.linebreak;

/**
 * How hard the line breaker tries, in TeX's terms.
 *
 * @param pretolerance the badness a line may have in the first pass (no hyphenation); negative
 *     skips that pass, as in TeX
 * @param tolerance the badness a line may have in the later passes
 * @param emergencyStretch stretch (in sp) added to every line when rating it in the emergency
 *     pass; 0 skips that pass. Callers usually set about 1.5 em.
 * @param linePenalty added to each line's badness before squaring: fewer lines are better
 * @param adjDemerits charged when neighbouring lines differ by more than one fitness class
 * @param doubleHyphenDemerits charged when two lines in a row end with a hyphen
 * @param finalHyphenDemerits charged when the second-to-last line ends with a hyphen
 * @param maxConsecutiveHyphens a hard limit: more hyphenated lines in a row are never chosen
 * @param rightSkipStretch stretch (in sp) at the end of every line, like TeX's {@code \rightskip}
 *     of {@code 0pt plus 2em}: with fixed word spaces it sets ragged-right text, where short lines
 *     are bad and even ones good; 0 for justified text
 */
public record BreakParams(
    int pretolerance,
    int tolerance,
    long emergencyStretch,
    int linePenalty,
    int adjDemerits,
    int doubleHyphenDemerits,
    int finalHyphenDemerits,
    int maxConsecutiveHyphens,
    long rightSkipStretch) {

  /** Justified text: no stretch at the line ends. */
  public BreakParams(int pretolerance, int tolerance, long emergencyStretch, int linePenalty, int adjDemerits,
      int doubleHyphenDemerits, int finalHyphenDemerits, int maxConsecutiveHyphens) {
    this(pretolerance, tolerance, emergencyStretch, linePenalty, adjDemerits, doubleHyphenDemerits,
        finalHyphenDemerits, maxConsecutiveHyphens, 0);
  }

  public BreakParams {
    if (tolerance < 0) {
      throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
    }
    if (emergencyStretch < 0) {
      throw new IllegalArgumentException("emergencyStretch must not be negative: " + emergencyStretch);
    }
    // Demerits are squared and summed in a long; bounding the inputs keeps that exact.
    if (linePenalty < 0 || linePenalty > Penalty.INFINITY) {
      throw new IllegalArgumentException("linePenalty must be in 0..10000: " + linePenalty);
    }
    if (adjDemerits < 0 || doubleHyphenDemerits < 0 || finalHyphenDemerits < 0) {
      throw new IllegalArgumentException("demerits must not be negative");
    }
    if (rightSkipStretch < 0) {
      throw new IllegalArgumentException("rightSkipStretch must not be negative: " + rightSkipStretch);
    }
    if (maxConsecutiveHyphens < 0) {
      throw new IllegalArgumentException(
          "maxConsecutiveHyphens must not be negative: " + maxConsecutiveHyphens);
    }
  }

  /** TeX's plain defaults, no emergency stretch, at most two hyphenated lines in a row. */
  public static BreakParams defaults() {
    return new BreakParams(100, 200, 0, 10, 10000, 10000, 5000, 2);
  }

  public BreakParams withPretolerance(int value) {
    return new BreakParams(value, tolerance, emergencyStretch, linePenalty, adjDemerits,
        doubleHyphenDemerits, finalHyphenDemerits, maxConsecutiveHyphens, rightSkipStretch);
  }

  public BreakParams withTolerance(int value) {
    return new BreakParams(pretolerance, value, emergencyStretch, linePenalty, adjDemerits,
        doubleHyphenDemerits, finalHyphenDemerits, maxConsecutiveHyphens, rightSkipStretch);
  }

  public BreakParams withEmergencyStretch(long value) {
    return new BreakParams(pretolerance, tolerance, value, linePenalty, adjDemerits,
        doubleHyphenDemerits, finalHyphenDemerits, maxConsecutiveHyphens, rightSkipStretch);
  }

  public BreakParams withAdjDemerits(int value) {
    return new BreakParams(pretolerance, tolerance, emergencyStretch, linePenalty, value,
        doubleHyphenDemerits, finalHyphenDemerits, maxConsecutiveHyphens, rightSkipStretch);
  }

  public BreakParams withMaxConsecutiveHyphens(int value) {
    return new BreakParams(pretolerance, tolerance, emergencyStretch, linePenalty, adjDemerits,
        doubleHyphenDemerits, finalHyphenDemerits, value, rightSkipStretch);
  }

  public BreakParams withRightSkipStretch(long value) {
    return new BreakParams(pretolerance, tolerance, emergencyStretch, linePenalty, adjDemerits,
        doubleHyphenDemerits, finalHyphenDemerits, maxConsecutiveHyphens, value);
  }
}

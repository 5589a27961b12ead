package cz.sazba.typeset.linebreak;

/**
 * How hard the line breaker tries, in TeX's terms.
 *
 * @param pretolerance the badness a line may have in the first pass (no hyphenation); negative
 *     skips that pass, as in TeX
 * @param tolerance the badness a line may have in the later passes
 * @param emergencyStretch stretch (in sp) added to every line when rating it in the emergency
 *     pass, but never more than twice the line's own stretch (unlike TeX), so that a line of
 *     few spaces is not rated good while they gape; 0 skips that pass. Callers usually set about
 *     1.5 em.
 * @param linePenalty added to each line's badness before squaring: fewer lines are better
 * @param adjDemerits charged when neighbouring lines differ by more than one fitness class
 * @param doubleHyphenDemerits charged when two lines in a row end with a hyphen
 * @param finalHyphenDemerits charged when the second-to-last line ends with a hyphen
 * @param maxConsecutiveHyphens a hard limit: more hyphenated lines in a row are never chosen
 * @param rightSkipStretch stretch (in sp) at the end of every line, like TeX's {@code \rightskip}
 *     of {@code 0pt plus 2em}: with fixed word spaces it sets ragged-right text, where short lines
 *     are bad and even ones good; 0 for justified text
 * @param lastLine what a paragraph's last line costs when it is too short; {@link
 *     LastLine#NONE} for plain TeX's behaviour
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
    long rightSkipStretch,
    LastLine lastLine) {

  /**
   * The cost of a short last line, which TeX does not have (its {@code \finalhyphendemerits} only
   * sees the hyphen): a last line narrower than {@code minWidth}, or holding one word narrower
   * than twice that, costs {@code shortDemerits}; after a hyphenated line ("nobil-" / "ity).")
   * it costs {@code afterHyphenDemerits} instead, so the breaker takes it only when the
   * paragraph has no other way.
   *
   * @param minWidth in sp, the natural width (margin kerning taken off) a last line should have;
   *     0 switches the rule off
   */
  public record LastLine(long minWidth, int shortDemerits, int afterHyphenDemerits) {
    public static final LastLine NONE = new LastLine(0, 0, 0);

    public LastLine {
      if (minWidth < 0 || shortDemerits < 0 || afterHyphenDemerits < 0) {
        throw new IllegalArgumentException("last-line rule must not be negative");
      }
    }

    /**
     * A last line under {@code minWidth}, or one short word, costs about as much as a line set a
     * little loose; after a hyphen it costs more than any set of tolerable lines.
     */
    public static LastLine of(long minWidth) {
      return new LastLine(minWidth, 10_000, 10_000_000);
    }
  }

  /** Justified text: no stretch at the line ends, no last-line rule. */
  public BreakParams(int pretolerance, int tolerance, long emergencyStretch, int linePenalty, int adjDemerits,
      int doubleHyphenDemerits, int finalHyphenDemerits, int maxConsecutiveHyphens) {
    this(pretolerance, tolerance, emergencyStretch, linePenalty, adjDemerits, doubleHyphenDemerits,
        finalHyphenDemerits, maxConsecutiveHyphens, 0, LastLine.NONE);
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
    if (lastLine == null) {
      throw new IllegalArgumentException("lastLine is required (LastLine.NONE for none)");
    }
  }

  /** TeX's plain defaults, no emergency stretch, at most two hyphenated lines in a row. */
  public static BreakParams defaults() {
    return new BreakParams(100, 200, 0, 10, 10000, 10000, 5000, 2);
  }

  public BreakParams withPretolerance(int value) {
    return new BreakParams(value, tolerance, emergencyStretch, linePenalty, adjDemerits,
        doubleHyphenDemerits, finalHyphenDemerits, maxConsecutiveHyphens, rightSkipStretch, lastLine);
  }

  public BreakParams withTolerance(int value) {
    return new BreakParams(pretolerance, value, emergencyStretch, linePenalty, adjDemerits,
        doubleHyphenDemerits, finalHyphenDemerits, maxConsecutiveHyphens, rightSkipStretch, lastLine);
  }

  public BreakParams withEmergencyStretch(long value) {
    return new BreakParams(pretolerance, tolerance, value, linePenalty, adjDemerits,
        doubleHyphenDemerits, finalHyphenDemerits, maxConsecutiveHyphens, rightSkipStretch, lastLine);
  }

  public BreakParams withAdjDemerits(int value) {
    return new BreakParams(pretolerance, tolerance, emergencyStretch, linePenalty, value,
        doubleHyphenDemerits, finalHyphenDemerits, maxConsecutiveHyphens, rightSkipStretch, lastLine);
  }

  public BreakParams withFinalHyphenDemerits(int value) {
    return new BreakParams(pretolerance, tolerance, emergencyStretch, linePenalty, adjDemerits,
        doubleHyphenDemerits, value, maxConsecutiveHyphens, rightSkipStretch, lastLine);
  }

  public BreakParams withMaxConsecutiveHyphens(int value) {
    return new BreakParams(pretolerance, tolerance, emergencyStretch, linePenalty, adjDemerits,
        doubleHyphenDemerits, finalHyphenDemerits, value, rightSkipStretch, lastLine);
  }

  public BreakParams withRightSkipStretch(long value) {
    return new BreakParams(pretolerance, tolerance, emergencyStretch, linePenalty, adjDemerits,
        doubleHyphenDemerits, finalHyphenDemerits, maxConsecutiveHyphens, value, lastLine);
  }

  public BreakParams withLastLine(LastLine value) {
    return new BreakParams(pretolerance, tolerance, emergencyStretch, linePenalty, adjDemerits,
        doubleHyphenDemerits, finalHyphenDemerits, maxConsecutiveHyphens, rightSkipStretch, value);
  }
}

package cz.sazba.typeset.linebreak;

/**
 * How bad a line looks, 100·r³ for adjustment ratio r, capped at 10000, in integer arithmetic
 * only so every machine rates every line the same. Also the line's fitness class.
 */
final class Badness {
  /** TeX's "infinitely bad": the cap, and the badness of a line with nothing to stretch. */
  static final int INFINITELY_BAD = 10000;

  static final int VERY_LOOSE = 0;
  static final int LOOSE = 1;
  static final int DECENT = 2;
  static final int TIGHT = 3;

  /** r is computed to 16 binary places; 100·r³ then fits a long for r up to the cap. */
  private static final int FRACTION_BITS = 16;
  /** Beyond r = 5 the badness (12500) is past the cap anyway. */
  private static final long RATIO_LIMIT = 5;

  private Badness() {}

  /**
   * The badness of a line that must stretch (or shrink) by {@code amount} using {@code total}
   * stretch (or shrink), both non-negative: 100·r³ with r = amount / total truncated to 1/65536,
   * rounded half up.
   */
  static int of(long amount, long total) {
    if (amount <= 0) {
      return 0;
    }
    // amount / RATIO_LIMIT >= total, without a division (both are positive here)
    if (total <= 0 || amount >= RATIO_LIMIT * total) {
      return INFINITELY_BAD;
    }
    // Very large lengths (fil stretch) would overflow the fixed-point step; dropping low bits of
    // both keeps the ratio to far better than the precision used.
    while (amount >= 1L << 46) {
      amount >>= 1;
      total >>= 1;
    }
    if (total <= 0) {
      return INFINITELY_BAD;
    }
    long ratio = (amount << FRACTION_BITS) / total;
    long cube = ratio * ratio * ratio;
    long badness = (100 * cube + (1L << (3 * FRACTION_BITS - 1))) >> (3 * FRACTION_BITS);
    return (int) Math.min(badness, INFINITELY_BAD);
  }

  /** The most {@link #beyondCap} gives: r = 20. */
  static final long BEYOND_CAP_LIMIT = 800_000;

  /**
   * 100·r³ without TeX's cap, up to {@link #BEYOND_CAP_LIMIT}: how bad a hopeless line is, for
   * the last resort only, where loose lines must still be compared. Integer arithmetic as in
   * {@link #of}.
   */
  static long beyondCap(long amount, long total) {
    if (amount <= 0) {
      return 0;
    }
    if (total <= 0 || amount / 20 >= total) {
      return BEYOND_CAP_LIMIT;
    }
    while (amount >= 1L << 40) {
      amount >>= 1;
      total >>= 1;
    }
    if (total <= 0) {
      return BEYOND_CAP_LIMIT;
    }
    long ratio = (amount << FRACTION_BITS) / total; // below 20 · 2^16 < 2^21
    long cube = ratio * ratio * ratio; // below 2^63
    long badness = ((cube >> (2 * FRACTION_BITS)) * 100) >> FRACTION_BITS;
    return Math.min(badness, BEYOND_CAP_LIMIT);
  }

  /** Fitness of a line stretching by {@code amount} out of {@code total}: exact r thresholds. */
  static int stretchFitness(long amount, long total) {
    if (amount > total) {
      return VERY_LOOSE; // r > 1, including lines with no stretch at all
    }
    if (2 * amount > total) {
      return LOOSE; // 0.5 < r <= 1
    }
    return DECENT;
  }

  /** Fitness of a line shrinking by {@code amount} out of {@code total}. */
  static int shrinkFitness(long amount, long total) {
    return 2 * amount > total ? TIGHT : DECENT; // r < -0.5
  }
}

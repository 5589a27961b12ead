package cz.sazba.typeset.linebreak;

/** Which of TeX's passes found the breaks; later passes mean a harder paragraph. */
public enum Pass {
  /** With {@code pretolerance} and without hyphenation. */
  FIRST,
  /** With {@code tolerance} and hyphenation. */
  SECOND,
  /**
   * Like SECOND, with the last-resort breaks inside paths and identifiers admitted: only for a
   * paragraph that has them and that SECOND could not set.
   */
  SEGMENTS,
  /** Like SEGMENTS, with {@code emergencyStretch} added to every line when rating it. */
  EMERGENCY,
  /**
   * The last resort: some lines could not be made to fit within tolerance and are set too loose,
   * or, where one item is wider than the measure, overfull.
   */
  OVERFULL
}

package cz.sazba.typeset.linebreak;

/** Which of TeX's passes found the breaks; later passes mean a harder paragraph. */
public enum Pass {
  /** With {@code pretolerance} and without hyphenation. */
  FIRST,
  /** With {@code tolerance} and hyphenation. */
  SECOND,
  /** Like SECOND, with {@code emergencyStretch} added to every line when rating it. */
  EMERGENCY,
  /** The last resort: some lines could not be made to fit and are set overfull (or too loose). */
  OVERFULL
}

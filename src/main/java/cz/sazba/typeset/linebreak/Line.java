package cz.sazba.typeset.linebreak;

/**
 * One line of a broken paragraph. The ratio already counts on margin protrusion: whoever sets
 * the line hangs its first box's {@code leftProtrusion} into the left margin and the last box's
 * (or the breaking penalty's) {@code rightProtrusion} into the right one.
 *
 * @param start the first item of the line: glue and penalties after the previous break are
 *     discarded as in TeX, so this is the first box after it (0 for the first line)
 * @param end the item the line breaks at (a glue or penalty; for the last line the final forced
 *     penalty); the line's content is [start, end), plus the penalty's width (the hyphen) when
 *     it breaks at a penalty
 * @param ratio the adjustment ratio to set the line with, margin protrusion included: each glue
 *     gets {@code ratio * stretch} if positive, {@code ratio * shrink} if negative. Never below
 *     -1 (glue cannot shrink more than it allows; an overfull line sticks out instead) and 0
 *     when the line has no stretch or shrink to use.
 * @param hyphenated whether the line ends at a flagged penalty
 * @param overfull whether the line is wider than its measure even with all glue shrunk
 */
public record Line(int start, int end, double ratio, boolean hyphenated, boolean overfull) {
  public Line {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad line bounds [" + start + ", " + end + ")");
    }
  }
}

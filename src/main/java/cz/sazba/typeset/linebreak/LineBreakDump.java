package cz.sazba.typeset.linebreak;

import java.util.List;
import java.util.Locale;

/**
 * Prints line breaks as stable text for golden files: one row per line with its item range,
 * ratio and flags, so a change in breaking shows up as a readable diff.
 */
public final class LineBreakDump {
  private LineBreakDump() {}

  /**
   * For example {@code "pass SECOND\n  1  0..3    r=+0.0000 hyphen\n  2  4..8    r=+0.0000\n"};
   * {@code items} are the paragraph's items, used to show each line's width in pt.
   */
  public static String describe(List<Item> items, LineBreaks breaks) {
    StringBuilder out = new StringBuilder();
    out.append("pass ").append(breaks.pass()).append('\n');
    int number = 1;
    for (Line line : breaks.lines()) {
      out.append(String.format(Locale.ROOT, "%3d %3d..%-4d r=%+.4f natural=%.2fpt",
          number++, line.start(), line.end(), line.ratio(), naturalPoints(items, line)));
      if (line.hyphenated()) {
        out.append(" hyphen");
      }
      if (line.overfull()) {
        out.append(" OVERFULL");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The line's natural width without protrusion, hyphen included, in points. */
  private static double naturalPoints(List<Item> items, Line line) {
    long width = 0;
    for (int i = line.start(); i < line.end(); i++) {
      Item item = items.get(i);
      if (!(item instanceof Penalty)) {
        width += item.width();
      }
    }
    if (items.get(line.end()) instanceof Penalty penalty) {
      width += penalty.width();
    }
    return width / 65536.0;
  }
}

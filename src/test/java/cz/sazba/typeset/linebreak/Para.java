package cz.sazba.typeset.linebreak;

import java.util.ArrayList;
import java.util.List;

/** Builds item lists for tests: boxes, glue and penalties, then the paragraph's end. */
final class Para {
  private final List<Item> items = new ArrayList<>();

  Para box(long width) {
    items.add(Box.of(width));
    return this;
  }

  Para box(long width, long leftProtrusion, long rightProtrusion) {
    items.add(new Box(width, leftProtrusion, rightProtrusion));
    return this;
  }

  Para glue(long width, long stretch, long shrink) {
    items.add(new Glue(width, stretch, shrink));
    return this;
  }

  Para penalty(int penalty) {
    items.add(new Penalty(0, penalty, false, 0));
    return this;
  }

  Para hyphen(long width, int penalty) {
    items.add(new Penalty(width, penalty, true, 0));
    return this;
  }

  Para hyphen(long width, int penalty, long rightProtrusion) {
    items.add(new Penalty(width, penalty, true, rightProtrusion));
    return this;
  }

  /** A break inside a path or identifier: nothing added, never in the first pass. */
  Para lastResort(int penalty) {
    items.add(new Penalty(0, penalty, false, 0, true));
    return this;
  }

  Para fill() {
    items.add(new Glue(0, Glue.FIL, 0));
    return this;
  }

  Para forced() {
    items.add(Penalty.forced());
    return this;
  }

  /** Words of the given widths separated by the same glue. */
  Para words(long stretch, long shrink, long space, long... widths) {
    for (int i = 0; i < widths.length; i++) {
      if (i > 0) {
        glue(space, stretch, shrink);
      }
      box(widths[i]);
    }
    return this;
  }

  /** Appends the paragraph's end: fil glue and a forced break. */
  List<Item> end() {
    fill();
    forced();
    return List.copyOf(items);
  }

  static List<Integer> ends(LineBreaks breaks) {
    List<Integer> ends = new ArrayList<>();
    for (Line line : breaks.lines()) {
      ends.add(line.end());
    }
    return ends;
  }

  static List<Integer> starts(LineBreaks breaks) {
    List<Integer> starts = new ArrayList<>();
    for (Line line : breaks.lines()) {
      starts.add(line.start());
    }
    return starts;
  }
}

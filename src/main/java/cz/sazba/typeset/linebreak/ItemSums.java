package cz.sazba.typeset.linebreak;

import java.util.List;

/**
 * A paragraph's items with prefix sums of width, stretch and shrink, so the natural width of any
 * candidate line costs O(1). Penalties count only where a line breaks at them, so they add
 * nothing to the sums. A box's own stretch and shrink (letter-spacing) count with the glue's.
 */
final class ItemSums {
  final Item[] items;
  private final long[] width;
  private final long[] stretch;
  private final long[] shrink;
  /** For a break at i: the first box after it, where the next line starts; n if none. */
  private final int[] firstBoxAfter;
  /** Prefix counts of glue that follows a box (word spaces, where a line could break). */
  private final int[] spaces;
  /**
   * Per item, for {@link #naturalWidth}: a box's left and right protrusion (0 for other items),
   * and whether it is a penalty with what a break there adds (its width less its protrusion).
   * Kept in arrays so the breaker's inner loop reads no item.
   */
  private final long[] leftProtrusion;
  private final long[] rightProtrusion;
  private final boolean[] penalty;
  private final long[] penaltyAdds;
  /**
   * Per item, where a line may end at it ({@link #isBreakpoint}), and a penalty's flag and value,
   * worked out once: every pass asks them of every item.
   */
  private final byte[] breakKind;
  private final boolean[] flagged;
  private final int[] penaltyValue;
  private static final byte NONE = 0;
  /** Glue after a box, or a penalty that is neither a hyphen nor a last resort (or is forced). */
  private static final byte ALWAYS = 1;
  /** A flagged penalty (a hyphen), not forced: only when hyphenating. */
  private static final byte HYPHEN = 2;
  /** A last-resort break inside a path or identifier: only with segments. */
  private static final byte SEGMENT = 3;

  ItemSums(List<Item> list) {
    int n = list.size();
    items = list.toArray(new Item[0]);
    width = new long[n + 1];
    stretch = new long[n + 1];
    shrink = new long[n + 1];
    spaces = new int[n + 1];
    leftProtrusion = new long[n];
    rightProtrusion = new long[n];
    penalty = new boolean[n];
    penaltyAdds = new long[n];
    breakKind = new byte[n];
    flagged = new boolean[n];
    penaltyValue = new int[n];
    // One pass over the items for everything but the boxes after each break (one back).
    boolean afterBox = false;
    for (int i = 0; i < n; i++) {
      Item item = items[i];
      long w = 0;
      long st = 0;
      long sh = 0;
      int space = 0;
      if (item instanceof Box box) {
        w = box.width();
        st = box.stretch();
        sh = box.shrink();
        leftProtrusion[i] = box.leftProtrusion();
        rightProtrusion[i] = box.rightProtrusion();
      } else if (item instanceof Glue glue) {
        w = glue.width();
        st = glue.stretch();
        sh = glue.shrink();
        // Glue after a box: a word space, where a line may end (not the closing fil glue).
        if (afterBox) space = 1;
        breakKind[i] = afterBox && i != n - 2 ? ALWAYS : NONE;
      } else if (item instanceof Penalty p) {
        penalty[i] = true;
        penaltyAdds[i] = p.width() - p.rightProtrusion();
        flagged[i] = p.flagged();
        penaltyValue[i] = p.penalty();
        if (p.penalty() >= Penalty.INFINITY) breakKind[i] = NONE;
        else if (p.lastResort()) breakKind[i] = SEGMENT;
        else if (p.flagged() && p.penalty() > -Penalty.INFINITY) breakKind[i] = HYPHEN;
        else breakKind[i] = ALWAYS;
      }
      width[i + 1] = width[i] + w;
      stretch[i + 1] = stretch[i] + st;
      shrink[i + 1] = shrink[i] + sh;
      spaces[i + 1] = spaces[i] + space;
      afterBox = item instanceof Box;
    }
    firstBoxAfter = new int[n];
    int next = n;
    for (int i = n - 1; i >= 0; i--) {
      firstBoxAfter[i] = next;
      if (items[i] instanceof Box) {
        next = i;
      }
    }
  }

  int size() {
    return items.length;
  }

  long width(int from, int to) {
    return width[to] - width[from];
  }

  long stretch(int from, int to) {
    return stretch[to] - stretch[from];
  }

  long shrink(int from, int to) {
    return shrink[to] - shrink[from];
  }

  /** Word spaces in [from, to): 0 means the items hold at most one word. */
  int spaces(int from, int to) {
    return spaces[to] - spaces[from];
  }

  int firstBoxAfter(int breakIndex) {
    return firstBoxAfter[breakIndex];
  }

  /**
   * Whether a line may end at item i: glue right after a box, or a penalty below infinity; a
   * hyphen only when hyphenating, a last-resort break only when {@code segments}. The
   * paragraph's closing fil glue is not one (TeX puts an unbreakable penalty before it): breaking
   * there would only leave an empty last line.
   */
  boolean isBreakpoint(int i, boolean hyphenate, boolean segments) {
    byte kind = breakKind[i];
    return kind == ALWAYS || kind == HYPHEN && hyphenate || kind == SEGMENT && segments;
  }

  boolean isForced(int i) {
    return penalty[i] && penaltyValue[i] <= -Penalty.INFINITY;
  }

  boolean isFlagged(int i) {
    return i >= 0 && flagged[i];
  }

  /** Whether any break is a last-resort one: else the pass that admits them can be skipped. */
  boolean hasLastResortBreaks() {
    for (Item item : items) {
      if (item instanceof Penalty penalty && penalty.lastResort() && penalty.penalty() < Penalty.INFINITY) {
        return true;
      }
    }
    return false;
  }

  int penaltyAt(int i) {
    return penaltyValue[i];
  }

  /**
   * The natural width of the line [start, end) broken at {@code end}: the hyphen added when it
   * breaks at a penalty, and what may hang into the margins taken off. The left protrusion is
   * the line's first box's (only if the line starts with a box); the right one is the box
   * before the breaking glue, or the breaking penalty's.
   */
  long naturalWidth(int start, int end) {
    long natural = width[end] - width[start];
    if (start < end) {
      natural -= leftProtrusion[start];
    }
    if (penalty[end]) {
      natural += penaltyAdds[end];
    } else if (end > start) {
      natural -= rightProtrusion[end - 1];
    }
    return natural;
  }
}

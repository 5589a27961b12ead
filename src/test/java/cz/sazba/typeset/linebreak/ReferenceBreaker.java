package cz.sazba.typeset.linebreak;

import java.util.List;

/**
 * A deliberately naive second implementation of the rules, for checking the real one: it tries
 * every sequence of breakpoints and scores each line from scratch by walking its items. Shares
 * nothing with the breaker but {@link Badness#of}, which has its own tests.
 *
 * <p>The rules: a line is feasible if not overfull (r ≥ −1), its badness is at most the
 * threshold and it does not make the hyphen run longer than allowed. A line may not reach past
 * a forced break nor past a breakpoint at which it was already overfull. Hyphens count only when
 * hyphenating, last-resort breaks only when asked for; a too-short last line costs what {@link
 * BreakParams.LastLine} says.
 */
final class ReferenceBreaker {
  private final List<Item> items;
  private final LineWidths widths;
  private final BreakParams params;
  private final int threshold;
  private final boolean hyphenate;
  private final long emergency;
  private long best;
  private boolean found;
  /** When positive, only break sequences of exactly this many lines count. */
  private int wantLines;

  private final boolean segments;

  ReferenceBreaker(List<Item> items, LineWidths widths, BreakParams params, int threshold,
      boolean hyphenate, long emergency) {
    this(items, widths, params, threshold, hyphenate, false, emergency);
  }

  ReferenceBreaker(List<Item> items, LineWidths widths, BreakParams params, int threshold,
      boolean hyphenate, boolean segments, long emergency) {
    this.segments = segments;
    this.items = items;
    this.widths = widths;
    this.params = params;
    this.threshold = threshold;
    this.hyphenate = hyphenate;
    this.emergency = emergency;
  }

  /** The least total demerits over all feasible break sequences, or null if there are none. */
  Long minimum() {
    return minimumWithLines(0);
  }

  /** The least total demerits over feasible sequences of exactly {@code lines} lines (0: any). */
  Long minimumWithLines(int lines) {
    wantLines = lines;
    found = false;
    best = Long.MAX_VALUE;
    search(-1, 0, 2, 0, 0);
    return found ? best : null;
  }

  private void search(int previous, int lineIndex, int previousFitness, int run, long total) {
    int start = lineStart(previous);
    for (int b = previous + 1; b < items.size(); b++) {
      if (!legal(b)) {
        continue;
      }
      Rating rating = rate(Math.min(start, b), b, lineIndex);
      if (rating.overfull) {
        return;
      }
      Long demerits = demerits(rating, previous, b, previousFitness, run);
      if (demerits != null) {
        int newRun = flagged(b) ? run + 1 : 0;
        if (b == items.size() - 1) {
          if (wantLines <= 0 || wantLines == lineIndex + 1) {
            found = true;
            best = Math.min(best, total + demerits);
          }
        } else {
          search(b, lineIndex + 1, rating.fitness, newRun, total + demerits);
        }
      }
      if (forced(b)) {
        return;
      }
    }
  }

  /** Total demerits of these breaks (each line's end), or null if they break a rule. */
  Long score(List<Integer> ends) {
    int previous = -1;
    int fitness = 2;
    int run = 0;
    long total = 0;
    for (int i = 0; i < ends.size(); i++) {
      int b = ends.get(i);
      if (b <= previous || !legal(b)) {
        return null;
      }
      int start = lineStart(previous);
      for (int k = previous + 1; k < b; k++) {
        if (legal(k) && (forced(k) || rate(Math.min(start, k), k, i).overfull)) {
          return null;
        }
      }
      Rating rating = rate(Math.min(start, b), b, i);
      Long demerits = rating.overfull ? null : demerits(rating, previous, b, fitness, run);
      if (demerits == null) {
        return null;
      }
      total += demerits;
      run = flagged(b) ? run + 1 : 0;
      fitness = rating.fitness;
      previous = b;
    }
    return previous == items.size() - 1 ? total : null;
  }

  private Long demerits(Rating rating, int previous, int b, int previousFitness, int run) {
    if (rating.badness > threshold) {
      return null;
    }
    if (flagged(b) && run + 1 > params.maxConsecutiveHyphens()) {
      return null;
    }
    long base = params.linePenalty() + rating.badness;
    long d = base >= 10000 ? 100_000_000L : base * base;
    long p = items.get(b) instanceof Penalty penalty ? penalty.penalty() : 0;
    if (p >= 0) {
      d += p * p;
    } else if (p > -10000) {
      d -= p * p;
    }
    boolean last = b == items.size() - 1;
    if (flagged(previous) && last) {
      d += params.finalHyphenDemerits();
    } else if (flagged(previous) && flagged(b)) {
      d += params.doubleHyphenDemerits();
    }
    if (Math.abs(rating.fitness - previousFitness) > 1) {
      d += params.adjDemerits();
    }
    BreakParams.LastLine rule = params.lastLine();
    if (last && previous >= 0 && rule.minWidth() > 0) {
      boolean shortLine = rating.natural < rule.minWidth()
          || rating.words == 1 && rating.natural < 2 * rule.minWidth();
      if (shortLine) {
        d += flagged(previous) ? rule.afterHyphenDemerits() : rule.shortDemerits();
      }
    }
    return d;
  }

  private record Rating(boolean overfull, int badness, int fitness, long natural, int words) {}

  /** Rates the line [start, end) broken at end by walking its items. */
  private Rating rate(int start, int end, int lineIndex) {
    long natural = 0;
    long stretch = 0;
    long shrink = 0;
    int words = 1;
    for (int i = start; i < end; i++) {
      Item item = items.get(i);
      if (item instanceof Box box) {
        natural += box.width();
      } else if (item instanceof Glue glue) {
        if (i > 0 && items.get(i - 1) instanceof Box) {
          words++;
        }
        natural += glue.width();
        stretch += glue.stretch();
        shrink += glue.shrink();
      }
    }
    if (start < end && items.get(start) instanceof Box first) {
      natural -= first.leftProtrusion();
    }
    if (items.get(end) instanceof Penalty penalty) {
      natural += penalty.width() - penalty.rightProtrusion();
    } else if (items.get(end - 1) instanceof Box last) {
      natural -= last.rightProtrusion();
    }
    long shortfall = widths.width(lineIndex) - natural;
    if (shortfall > 0) {
      long s = stretch + Math.min(emergency, 2 * stretch);
      double r = s == 0 ? Double.POSITIVE_INFINITY : (double) shortfall / s;
      int fitness = r > 1 ? 0 : r > 0.5 ? 1 : 2;
      return new Rating(false, Badness.of(shortfall, s), fitness, natural, words);
    }
    if (-shortfall > shrink) {
      return new Rating(true, 10001, 3, natural, words);
    }
    double r = shrink == 0 ? 0 : (double) -shortfall / shrink;
    return new Rating(false, Badness.of(-shortfall, shrink), r > 0.5 ? 3 : 2, natural, words);
  }

  int lineStart(int previousBreak) {
    if (previousBreak < 0) {
      return 0;
    }
    for (int i = previousBreak + 1; i < items.size(); i++) {
      if (items.get(i) instanceof Box) {
        return i;
      }
    }
    return items.size();
  }

  private boolean legal(int i) {
    Item item = items.get(i);
    if (item instanceof Glue) {
      // The closing fil glue is no breakpoint.
      return i > 0 && i != items.size() - 2 && items.get(i - 1) instanceof Box;
    }
    if (item instanceof Penalty penalty) {
      if (penalty.lastResort()) {
        return penalty.penalty() < 10000 && segments;
      }
      return penalty.penalty() < 10000 && (hyphenate || !penalty.flagged() || forced(i));
    }
    return false;
  }

  private boolean forced(int i) {
    return items.get(i) instanceof Penalty penalty && penalty.penalty() <= -10000;
  }

  private boolean flagged(int i) {
    return i >= 0 && items.get(i) instanceof Penalty penalty && penalty.flagged();
  }
}

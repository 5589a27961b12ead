package cz.sazba.typeset.linebreak;

import java.util.ArrayList;
import java.util.List;

/**
 * One pass of the Knuth–Plass search: a walk over the legal breakpoints keeping the "active"
 * breaks from which a line could still reach further, each the cheapest way (least total
 * demerits) to end a line there in its state. The state is what later choices depend on: the
 * position, the line number (only while line widths still differ), the fitness class (for
 * adjDemerits) and how many hyphenated lines end in a row (for the hard limit). Keeping one best
 * break per state makes the result the exact optimum over all break sequences in which every
 * line is feasible and no line reaches past a breakpoint where it was already overfull or past
 * a forced break (TeX's rule for dropping active breaks).
 */
final class BreakPass {
  /** A chosen way to end a line at {@code position}; chains back to the paragraph start. */
  static final class Node {
    final int position;
    final int lineCount;
    final int fitness;
    final int hyphenRun;
    final long totalDemerits;
    final Node previous;
    /** Where the line after this break starts (glue and penalties after it are discarded). */
    final int nextLineStart;

    Node(int position, int lineCount, int fitness, int hyphenRun, long totalDemerits,
        Node previous, int nextLineStart) {
      this.position = position;
      this.lineCount = lineCount;
      this.fitness = fitness;
      this.hyphenRun = hyphenRun;
      this.totalDemerits = totalDemerits;
      this.previous = previous;
      this.nextLineStart = nextLineStart;
    }
  }

  /**
   * What distinguishes the passes. {@code segments} admits the last-resort breaks inside paths
   * and identifiers ({@link Penalty#lastResort()}); {@code exactLines} tells every line count
   * apart, as TeX does when {@code \looseness} is not zero, so the cheapest solution of each
   * length survives.
   */
  record Settings(int threshold, boolean hyphenate, boolean segments, long emergencyStretch,
      boolean lastResort, boolean exactLines) {}

  private final ItemSums sums;
  private final LineWidths widths;
  private final BreakParams params;
  private final Settings settings;
  private final int uniformFrom;

  // The best new break per state at the current position; reused between positions so the
  // search allocates only the nodes it keeps.
  private int candidateCount;
  private Node[] candidateFrom = new Node[16];
  private long[] candidateTotal = new long[16];
  private int[] candidateFitness = new int[16];
  private int[] candidateRun = new int[16];

  // The measured line, set by measure().
  private long shortfall;
  private long lineStretch;
  private long lineShrink;

  // The settings and widths the inner loop reads, in fields of their own: the client compiler,
  // which sets a book, does not see through the records and the list of widths.
  private final long emergencyStretch;
  private final boolean lastResort;
  private final int threshold;
  private final int maxConsecutiveHyphens;
  private final long rightSkipStretch;
  /** The widths of the lines before {@link LineWidths#uniformFrom()}, when known; null to ask {@link #widths}. */
  private final long[] firstWidths;
  private final long restWidth;

  BreakPass(ItemSums sums, LineWidths widths, BreakParams params, Settings settings) {
    this.sums = sums;
    this.widths = widths;
    this.params = params;
    this.settings = settings;
    this.uniformFrom = settings.exactLines() ? Integer.MAX_VALUE : Math.max(0, widths.uniformFrom());
    this.emergencyStretch = settings.emergencyStretch();
    this.lastResort = settings.lastResort();
    this.threshold = settings.threshold();
    this.maxConsecutiveHyphens = params.maxConsecutiveHyphens();
    this.rightSkipStretch = params.rightSkipStretch();
    if (widths instanceof LineWidths.Shaped shaped) {
      firstWidths = new long[shaped.firstLines().size()];
      for (int i = 0; i < firstWidths.length; i++) firstWidths[i] = shaped.firstLines().get(i);
      restWidth = shaped.rest();
    } else {
      firstWidths = null;
      restWidth = 0;
    }
  }

  /** {@code widths.width(line)}, read from the arrays when the widths are a {@link LineWidths.Shaped}. */
  private long width(int line) {
    if (firstWidths == null) return widths.width(line);
    return line < firstWidths.length ? firstWidths[line] : restWidth;
  }

  /** The cheapest break at the paragraph's end, or null when this pass finds no solution. */
  Node run() {
    Node best = null;
    for (Node node : ends()) {
      if (best == null || node.totalDemerits < best.totalDemerits) {
        best = node;
      }
    }
    return best;
  }

  /**
   * Every surviving way to end the paragraph, one per state; with {@link Settings#exactLines()}
   * that includes the cheapest one of each line count. Empty when this pass finds no solution.
   */
  List<Node> ends() {
    // The active breaks in an array, not a list: this loop is the breaker's inner loop.
    activeCount = 0;
    addActive(new Node(-1, 0, Badness.DECENT, 0, 0, null, 0));
    int n = sums.size();
    for (int b = 0; b < n; b++) {
      if (!sums.isBreakpoint(b, settings.hyphenate(), settings.segments())) {
        continue;
      }
      tryBreak(b);
      if (activeCount == 0) {
        return List.of();
      }
    }
    // The final forced penalty dropped every older break, so only breaks at the end remain.
    List<Node> ends = new ArrayList<>();
    for (int k = 0; k < activeCount; k++) {
      Node node = active[k];
      if (node.position == n - 1) {
        ends.add(node);
      }
    }
    return ends;
  }

  private Node[] active = new Node[16];
  private int activeCount;

  private void addActive(Node node) {
    if (activeCount == active.length) active = java.util.Arrays.copyOf(active, activeCount * 2);
    active[activeCount++] = node;
  }

  private void tryBreak(int b) {
    boolean forced = sums.isForced(b);
    boolean flagged = sums.isFlagged(b);
    boolean paragraphEnd = b == sums.size() - 1;
    candidateCount = 0;
    Node fallback = null;
    long fallbackOverflow = 0;
    int fallbackFitness = 0;
    int kept = 0;
    int count = activeCount;
    for (int k = 0; k < count; k++) {
      Node from = active[k];
      measure(from, b);
      boolean overfull = false;
      int badness;
      int fitness;
      long rated;
      if (shortfall > 0) {
        // TeX adds the emergency stretch to the line whatever its spaces; at most twice the
        // line's own, so a line of few spaces (long names) is not rated good while they gape.
        long stretch = lineStretch + Math.min(emergencyStretch, 2 * lineStretch);
        badness = Badness.of(shortfall, stretch);
        fitness = Badness.stretchFitness(shortfall, stretch);
        rated = lastResort && badness >= Badness.INFINITELY_BAD
            ? Badness.beyondCap(shortfall, stretch) : badness;
      } else if (-shortfall > lineShrink) {
        overfull = true;
        badness = Badness.INFINITELY_BAD + 1;
        fitness = Badness.TIGHT;
        rated = badness;
      } else {
        badness = Badness.of(-shortfall, lineShrink);
        fitness = Badness.shrinkFitness(-shortfall, lineShrink);
        rated = badness;
      }
      int run = flagged ? from.hyphenRun + 1 : 0;
      boolean feasible =
          !overfull && badness <= threshold && run <= maxConsecutiveHyphens;
      if (feasible) {
        long demerits = demerits(from, b, rated, fitness, flagged, paragraphEnd);
        offer(from, from.totalDemerits + demerits, fitness, run);
      }
      // A line that is already overfull only gets wider; no line reaches past a forced break.
      boolean deactivate = overfull || forced;
      if (deactivate && !feasible && lastResort) {
        long overflow = overfull ? -shortfall - lineShrink : 0;
        if (fallback == null
            || overflow < fallbackOverflow
            || (overflow == fallbackOverflow && from.totalDemerits < fallback.totalDemerits)) {
          fallback = from;
          fallbackOverflow = overflow;
          fallbackFitness = fitness;
        }
      }
      if (!deactivate) {
        active[kept++] = from;
      }
    }
    java.util.Arrays.fill(active, kept, count, null);
    activeCount = kept;
    if (settings.lastResort() && candidateCount == 0 && kept == 0 && fallback != null) {
      // Every way on would die here: break anyway, from the line that sticks out least, with no
      // demerits of its own (TeX's "artificial demerits"), so a solution always exists.
      int run = flagged ? fallback.hyphenRun + 1 : 0;
      offer(fallback, fallback.totalDemerits, fallbackFitness, run);
    }
    int nextLineStart = sums.firstBoxAfter(b);
    for (int c = 0; c < candidateCount; c++) {
      Node from = candidateFrom[c];
      addActive(new Node(b, from.lineCount + 1, candidateFitness[c], candidateRun[c],
          candidateTotal[c], from, nextLineStart));
    }
  }

  /** Sets shortfall, stretch and shrink of the line from {@code from} to the break at b. */
  private void measure(Node from, int b) {
    int start = Math.min(from.nextLineStart, b);
    long natural = sums.naturalWidth(start, b);
    shortfall = width(from.lineCount) - natural;
    lineStretch = sums.stretch(start, b) + rightSkipStretch;
    lineShrink = sums.shrink(start, b);
  }

  /**
   * @param badness the line's badness; above {@link Badness#INFINITELY_BAD} only in the last
   *     resort, where lines that are all hopeless are still told apart by how loose they are
   */
  private long demerits(Node from, int b, long badness, int fitness, boolean flagged,
      boolean paragraphEnd) {
    long base = params.linePenalty() + badness;
    // TeX's cap keeps hopeless lines from swamping the sum; in the last resort, where every
    // line may be hopeless, the square goes on growing so the looseness is shared out rather
    // than heaped on one line.
    long demerits = base >= Badness.INFINITELY_BAD && badness <= Badness.INFINITELY_BAD
        ? 100_000_000L : base * base;
    long penalty = sums.penaltyAt(b);
    if (penalty >= 0) {
      demerits += penalty * penalty;
    } else if (penalty > -Penalty.INFINITY) {
      demerits -= penalty * penalty;
    }
    if (sums.isFlagged(from.position)) {
      if (paragraphEnd) {
        demerits += params.finalHyphenDemerits();
      } else if (flagged) {
        demerits += params.doubleHyphenDemerits();
      }
    }
    if (Math.abs(fitness - from.fitness) > 1) {
      demerits += params.adjDemerits();
    }
    if (paragraphEnd) {
      demerits += lastLineDemerits(from, b);
    }
    return demerits;
  }

  /**
   * What a too-short last line costs (see {@link BreakParams.LastLine}): its natural width is
   * the measure less the shortfall measure() left, the fil glue having no width.
   */
  private long lastLineDemerits(Node from, int b) {
    BreakParams.LastLine rule = params.lastLine();
    if (rule.minWidth() <= 0) {
      return 0;
    }
    long natural = width(from.lineCount) - shortfall;
    int start = Math.min(from.nextLineStart, b);
    boolean oneWord = sums.spaces(start, b) == 0;
    boolean shortLine = natural < rule.minWidth() || oneWord && natural < 2 * rule.minWidth();
    if (!shortLine || from.position < 0) {
      return 0; // a one-line paragraph has no other way to end
    }
    return sums.isFlagged(from.position) ? rule.afterHyphenDemerits() : rule.shortDemerits();
  }

  /** Keeps the new break if it is the cheapest so far in its state at this position. */
  private void offer(Node from, long total, int fitness, int run) {
    int lineKey = lineKey(from.lineCount + 1);
    for (int c = 0; c < candidateCount; c++) {
      if (candidateFitness[c] == fitness
          && candidateRun[c] == run
          && lineKey(candidateFrom[c].lineCount + 1) == lineKey) {
        if (total < candidateTotal[c]) {
          candidateFrom[c] = from;
          candidateTotal[c] = total;
        }
        return;
      }
    }
    if (candidateCount == candidateFrom.length) {
      int size = candidateCount * 2;
      candidateFrom = java.util.Arrays.copyOf(candidateFrom, size);
      candidateTotal = java.util.Arrays.copyOf(candidateTotal, size);
      candidateFitness = java.util.Arrays.copyOf(candidateFitness, size);
      candidateRun = java.util.Arrays.copyOf(candidateRun, size);
    }
    candidateFrom[candidateCount] = from;
    candidateTotal[candidateCount] = total;
    candidateFitness[candidateCount] = fitness;
    candidateRun[candidateCount] = run;
    candidateCount++;
  }

  /** Lines from uniformFrom on are all alike, so their number no longer tells states apart. */
  private int lineKey(int lineCount) {
    return Math.min(lineCount, uniformFrom);
  }
}

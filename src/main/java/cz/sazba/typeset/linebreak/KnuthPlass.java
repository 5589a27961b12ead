package cz.sazba.typeset.linebreak;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Breaks a paragraph into lines the way TeX does (Knuth and Plass 1981): it chooses, among all
 * ways to break the paragraph whose lines are good enough, the one with the least total
 * demerits, trying passes of growing leniency until one succeeds:
 *
 * <ol>
 *   <li>{@link Pass#FIRST}: badness up to {@code pretolerance}, hyphen breaks (flagged
 *       penalties) ignored; skipped when pretolerance is negative.
 *   <li>{@link Pass#SECOND}: badness up to {@code tolerance}, with hyphenation.
 *   <li>{@link Pass#SEGMENTS}: as SECOND, with the last-resort breaks inside paths and
 *       identifiers ({@link Penalty#lastResort()}) admitted; only when the paragraph has any. So
 *       such a break is never taken where the paragraph can be set well without one.
 *   <li>{@link Pass#EMERGENCY}: as SEGMENTS, with {@code emergencyStretch} added to every line's
 *       stretch when rating it; only when emergencyStretch is positive.
 *   <li>{@link Pass#OVERFULL}: as the last of those, but with any badness accepted (TeX's
 *       {@code \sloppy}: a loose line is better than one sticking out), and when every candidate
 *       would still be dropped the least overfull line is accepted anyway, so there is always a
 *       result; such lines are marked {@link Line#overfull()}, never overfilled silently.
 * </ol>
 *
 * <p>A line is feasible when its badness is within the pass's limit, its glue need not shrink
 * more than it can (r ≥ −1) and it does not make more than {@code maxConsecutiveHyphens}
 * hyphenated lines in a row. Protruding characters may hang into the margins, so a line's
 * natural width is taken without them.
 */
public final class KnuthPlass {
  private KnuthPlass() {}

  /**
   * @param items the paragraph, ending with the glue (0, {@link Glue#FIL} stretch, 0) and a
   *     forced penalty
   * @throws IllegalArgumentException if the paragraph does not end that way or has negative
   *     stretch or shrink: a caller's mistake, not the author's
   */
  public static LineBreaks breakLines(List<Item> items, LineWidths widths, BreakParams params) {
    Objects.requireNonNull(widths, "widths");
    Objects.requireNonNull(params, "params");
    ItemSums sums = new ItemSums(validated(items));
    return breakLines(sums, widths, params);
  }

  private static LineBreaks breakLines(ItemSums sums, LineWidths widths, BreakParams params) {
    BreakPass.Settings last = null;
    for (Map.Entry<Pass, BreakPass.Settings> pass : passes(sums, params, false).entrySet()) {
      LineBreaks result = attempt(sums, widths, params, pass.getKey(), pass.getValue());
      if (result != null) {
        return result;
      }
      last = pass.getValue();
    }
    // As TeX's \sloppy: any badness is accepted now, so a line comes out loose rather than
    // overfull; only an item wider than the measure by itself still sticks out. Lines are rated
    // by their own stretch, with no emergency stretch: it is spread over the line, not over its
    // spaces, so it would rate a loose line of few spaces (long names) as nearly good.
    BreakPass.Settings lastResort = new BreakPass.Settings(Math.max(last.threshold(), Badness.INFINITELY_BAD),
        true, true, 0, true, false);
    return attempt(sums, widths, params, Pass.OVERFULL, lastResort);
  }

  /**
   * The passes before the last resort, in order: FIRST (unless pretolerance is negative), SECOND,
   * SEGMENTS (if the paragraph has last-resort breaks), EMERGENCY (if there is emergency stretch).
   */
  private static Map<Pass, BreakPass.Settings> passes(ItemSums sums, BreakParams params, boolean exactLines) {
    Map<Pass, BreakPass.Settings> passes = new EnumMap<>(Pass.class);
    if (params.pretolerance() >= 0) {
      passes.put(Pass.FIRST, new BreakPass.Settings(params.pretolerance(), false, false, 0, false, exactLines));
    }
    passes.put(Pass.SECOND, new BreakPass.Settings(params.tolerance(), true, false, 0, false, exactLines));
    boolean segments = sums.hasLastResortBreaks();
    if (segments) {
      passes.put(Pass.SEGMENTS, new BreakPass.Settings(params.tolerance(), true, true, 0, false, exactLines));
    }
    if (params.emergencyStretch() > 0) {
      passes.put(Pass.EMERGENCY, new BreakPass.Settings(params.tolerance(), true, segments,
          params.emergencyStretch(), false, exactLines));
    }
    return passes;
  }

  /**
   * The best breaks with exactly {@code looseness} lines more (or, negative, fewer) than {@link
   * #breakLines(List, LineWidths, BreakParams)} chooses: TeX's {@code \looseness}, except that
   * TeX settles for the nearest line count it can reach and this gives exactly the count asked
   * for or nothing. Like TeX it tries the passes in order (first, second, segments, emergency) and takes
   * the first that has a solution of that length; it never sets an overfull line for it.
   *
   * @return the breaks with their {@link LineBreaks#demerits()}, to compare with the optimum's;
   *     empty when no feasible breaks of that many lines exist (or the count would be below one)
   */
  public static Optional<LineBreaks> breakLines(List<Item> items, LineWidths widths, BreakParams params,
      int looseness) {
    Objects.requireNonNull(widths, "widths");
    Objects.requireNonNull(params, "params");
    ItemSums sums = new ItemSums(validated(items));
    LineBreaks optimum = breakLines(sums, widths, params);
    if (looseness == 0) {
      return Optional.of(optimum);
    }
    return withLineCount(sums, widths, params, optimum.lines().size() + looseness);
  }

  /** The optimum and its one-line-shorter and one-line-longer settings, each with demerits. */
  public static ParagraphVariants variants(List<Item> items, LineWidths widths, BreakParams params) {
    List<Optional<LineBreaks>> v = variants(items, widths, params, 1);
    return new ParagraphVariants(v.get(1).orElseThrow(), v.get(0), v.get(2));
  }

  /**
   * The paragraph set with every looseness from {@code -range} to {@code range}: element
   * {@code range + d} is what {@link #breakLines(List, LineWidths, BreakParams, int)} gives for
   * looseness {@code d} (element {@code range} the optimum, always present). Each pass is run
   * once for all the line counts, so asking for ±2 costs what asking for ±1 does.
   */
  public static List<Optional<LineBreaks>> variants(List<Item> items, LineWidths widths, BreakParams params,
      int range) {
    Objects.requireNonNull(widths, "widths");
    Objects.requireNonNull(params, "params");
    if (range < 0) throw new IllegalArgumentException("range must not be negative: " + range);
    ItemSums sums = new ItemSums(validated(items));
    return variantsWithOptimum(sums, widths, params, range);
  }

  /**
   * The variants of {@link #variants(List, LineWidths, BreakParams, int)} with the optimum found
   * in the same runs. A pass that tells line counts apart keeps the cheapest way to end the
   * paragraph in every count, so the cheapest of those is the optimum the same pass finds without
   * telling them apart (with lines of one width from some line on, what follows a break does not
   * depend on how many lines came before it, so the merged states lose nothing). The first pass
   * with a solution thus gives the optimum and the other counts at once, and the paragraph is not
   * broken a second time for its optimum alone (a tie in demerits may fall the other way).
   */
  private static List<Optional<LineBreaks>> variantsWithOptimum(ItemSums sums, LineWidths widths, BreakParams params,
      int range) {
    List<Optional<LineBreaks>> out = new ArrayList<>();
    for (int d = -range; d <= range; d++) out.add(Optional.empty());
    int count = -1;
    int missing = 0;
    for (Map.Entry<Pass, BreakPass.Settings> pass : passes(sums, params, true).entrySet()) {
      List<BreakPass.Node> ends = new BreakPass(sums, widths, params, pass.getValue()).ends();
      if (count < 0) {
        if (ends.isEmpty()) continue;
        BreakPass.Node optimum = null;
        for (BreakPass.Node end : ends) {
          if (optimum == null || end.totalDemerits < optimum.totalDemerits) optimum = end;
        }
        count = optimum.lineCount;
        out.set(range, Optional.of(new LineBreaks(lines(sums, widths, optimum), pass.getKey(), optimum.totalDemerits)));
        for (int d = -range; d <= range; d++) if (d != 0 && count + d >= 1) missing++;
      }
      BreakPass.Node[] best = new BreakPass.Node[2 * range + 1];
      for (BreakPass.Node end : ends) {
        int d = end.lineCount - count;
        if (d == 0 || d < -range || d > range || out.get(d + range).isPresent()) continue;
        if (best[d + range] == null || end.totalDemerits < best[d + range].totalDemerits) best[d + range] = end;
      }
      for (int i = 0; i < best.length; i++) {
        if (best[i] == null) continue;
        out.set(i, Optional.of(new LineBreaks(lines(sums, widths, best[i]), pass.getKey(), best[i].totalDemerits)));
        missing--;
      }
      if (missing == 0) break;
    }
    // No pass found a feasible setting: the last resort sets one (no line count is feasible then).
    if (count < 0) out.set(range, Optional.of(breakLines(sums, widths, params)));
    return out;
  }

  private static Optional<LineBreaks> withLineCount(ItemSums sums, LineWidths widths, BreakParams params,
      int count) {
    if (count < 1) {
      return Optional.empty();
    }
    for (Map.Entry<Pass, BreakPass.Settings> pass : passes(sums, params, true).entrySet()) {
      BreakPass.Node best = null;
      for (BreakPass.Node end : new BreakPass(sums, widths, params, pass.getValue()).ends()) {
        if (end.lineCount == count && (best == null || end.totalDemerits < best.totalDemerits)) {
          best = end;
        }
      }
      if (best != null) {
        return Optional.of(new LineBreaks(lines(sums, widths, best), pass.getKey(), best.totalDemerits));
      }
    }
    return Optional.empty();
  }

  /** Runs one pass alone; null if it finds no feasible breaks. For tests and diagnostics. */
  static BreakPass.Node runPass(List<Item> items, LineWidths widths, BreakParams params,
      BreakPass.Settings settings) {
    return new BreakPass(new ItemSums(validated(items)), widths, params, settings).run();
  }

  private static LineBreaks attempt(ItemSums sums, LineWidths widths, BreakParams params,
      Pass pass, BreakPass.Settings settings) {
    BreakPass.Node end = new BreakPass(sums, widths, params, settings).run();
    return end == null ? null : new LineBreaks(lines(sums, widths, end), pass, end.totalDemerits);
  }

  /** Walks the chosen breaks back from the end and sets each line. */
  private static List<Line> lines(ItemSums sums, LineWidths widths, BreakPass.Node end) {
    List<Line> lines = new ArrayList<>(end.lineCount);
    for (BreakPass.Node node = end; node.previous != null; node = node.previous) {
      BreakPass.Node from = node.previous;
      int start = Math.min(from.nextLineStart, node.position);
      lines.add(line(sums, widths.width(from.lineCount), start, node.position));
    }
    Collections.reverse(lines);
    return lines;
  }

  static Line line(ItemSums sums, long width, int start, int end) {
    long shortfall = width - sums.naturalWidth(start, end);
    long stretch = sums.stretch(start, end);
    long shrink = sums.shrink(start, end);
    boolean overfull = -shortfall > shrink;
    double ratio = 0;
    if (shortfall > 0 && stretch > 0) {
      ratio = (double) shortfall / stretch;
    } else if (shortfall < 0 && shrink > 0) {
      ratio = overfull ? -1 : (double) shortfall / shrink;
    }
    return new Line(start, end, ratio, sums.isFlagged(end), overfull);
  }

  private static List<Item> validated(List<Item> items) {
    Objects.requireNonNull(items, "items");
    int n = items.size();
    if (n < 2
        || !(items.get(n - 1) instanceof Penalty last)
        || last.penalty() > -Penalty.INFINITY
        || !(items.get(n - 2) instanceof Glue fill)
        || fill.stretch() < Glue.FIL) {
      throw new IllegalArgumentException(
          "a paragraph must end with fil glue and a forced penalty");
    }
    for (int i = 0; i < n; i++) {
      Item item = items.get(i);
      // Not requireNonNull(item, "item " + i): that builds the message for every item.
      if (item == null) throw new NullPointerException("item " + i);
      if (item instanceof Glue glue && (glue.stretch() < 0 || glue.shrink() < 0)) {
        throw new IllegalArgumentException("glue " + i + " has negative stretch or shrink");
      }
      if (item instanceof Box box && (box.stretch() < 0 || box.shrink() < 0)) {
        throw new IllegalArgumentException("box " + i + " has negative stretch or shrink");
      }
    }
    return items;
  }
}

package cz.sazba.typeset.vertical;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Flush bottoms by {@code \looseness}: every page but a division's last should end on the last
 * baseline of the text block. The {@link PageBreaker} alone leaves a page a line short wherever
 * the break it wanted would make a widow or an orphan (or end the page in a hyphenated word); a
 * paragraph set one line longer or shorter nearby moves the break to an allowed place instead.
 *
 * <p>The layouters offer, for each paragraph that can be reset so, the material of the
 * paragraph one line shorter and one line longer with the demerits that adds. This pass cuts the
 * pages, takes the first short page, and tries each offered change of a paragraph on that page,
 * the page before or the page after; of the changes after which no page up to this one is short,
 * it keeps the cheapest. When none helps the page stays short (TeX's {@code \raggedbottom} as the
 * last resort) and the pass goes on from the next one. Every paragraph changes at most once, so
 * the pass ends; it is greedy, not a global optimum over the division.
 */
public final class FlushBottoms {
  private FlushBottoms() {}

  /** Another setting of the paragraph's material and the demerits it adds to the best one. */
  public record Variant(List<VItem> items, long cost) {
    public Variant {
      items = List.copyOf(items);
    }
  }

  /**
   * A paragraph that could be set otherwise: its items are {@code [from, to)} of the division's
   * material (no inserts or floats among them).
   */
  public record Flexible(int from, int to, Optional<Variant> shorter, Optional<Variant> longer) {}

  /** The material with the chosen variants swapped in, its pages, and which of them stayed short. */
  public record Result(List<VItem> material, List<PageCut> pages, List<Integer> shortPages, int changed) {
    public Result {
      material = List.copyOf(material);
      pages = List.copyOf(pages);
      shortPages = List.copyOf(shortPages);
    }
  }

  /**
   * @param flexible the paragraphs that may change, in order, not overlapping
   * @param line the body's baseline distance: a page whose text block has this much room left is short
   */
  public static Result cut(List<VItem> items, List<Flexible> flexible, BreakGeometry geometry, long line) {
    int[] choice = new int[flexible.size()];
    Set<Integer> tolerated = new HashSet<>();
    Eval current = evaluate(items, flexible, choice, geometry, line);
    int changed = 0;
    for (int guard = 0; guard < flexible.size() + current.pages.size() + 1; guard++) {
      int p = firstShort(current, tolerated);
      if (p < 0) break;
      long from = current.pageStart(Math.max(0, p - 1));
      long to = current.pageStart(p + 2);
      Eval best = null;
      long bestCost = Long.MAX_VALUE;
      int bestK = -1;
      int bestD = 0;
      for (int k = 0; k < flexible.size(); k++) {
        if (choice[k] != 0) continue;
        int at = current.flexStart[k];
        if (at < from || at >= to) continue;
        for (int d : new int[] {-1, 1}) {
          Optional<Variant> v = d < 0 ? flexible.get(k).shorter() : flexible.get(k).longer();
          if (v.isEmpty() || v.get().cost() >= bestCost) continue;
          choice[k] = d;
          Eval e = evaluate(items, flexible, choice, geometry, line);
          choice[k] = 0;
          if (fixedUpTo(e, p, tolerated)) {
            best = e;
            bestCost = v.get().cost();
            bestK = k;
            bestD = d;
          }
        }
      }
      if (best == null) {
        tolerated.add(p);
      } else {
        choice[bestK] = bestD;
        current = best;
        changed++;
      }
    }
    return new Result(current.material, current.pages, current.shortPages, changed);
  }

  private static int firstShort(Eval e, Set<Integer> tolerated) {
    for (int s : e.shortPages) if (!tolerated.contains(s)) return s;
    return -1;
  }

  /** No page up to {@code p} is short but those already let stay so. */
  private static boolean fixedUpTo(Eval e, int p, Set<Integer> tolerated) {
    for (int s : e.shortPages) {
      if (s > p) break;
      if (!tolerated.contains(s)) return false;
    }
    return true;
  }

  private static final class Eval {
    List<VItem> material;
    List<PageCut> pages;
    List<Integer> shortPages;
    int[] flexStart;
    int[] pageStarts;

    long pageStart(int page) {
      return page >= pageStarts.length ? Long.MAX_VALUE : pageStarts[page];
    }
  }

  private static Eval evaluate(List<VItem> items, List<Flexible> flexible, int[] choice, BreakGeometry g, long line) {
    Eval e = new Eval();
    List<VItem> out = new ArrayList<>(items.size() + 16);
    e.flexStart = new int[flexible.size()];
    int i = 0;
    for (int k = 0; k < flexible.size(); k++) {
      Flexible f = flexible.get(k);
      out.addAll(items.subList(i, f.from()));
      e.flexStart[k] = out.size();
      Optional<Variant> v = choice[k] < 0 ? f.shorter() : choice[k] > 0 ? f.longer() : Optional.empty();
      if (v.isPresent()) out.addAll(v.get().items());
      else out.addAll(items.subList(f.from(), f.to()));
      i = f.to();
    }
    out.addAll(items.subList(i, items.size()));
    e.material = out;
    e.pages = PageBreaker.cut(out, g);
    e.pageStarts = new int[e.pages.size()];
    int search = 0;
    for (int p = 0; p < e.pages.size(); p++) {
      List<VItem> body = e.pages.get(p).body();
      if (!body.isEmpty()) {
        VItem first = body.get(0);
        int j = search;
        while (j < out.size() && out.get(j) != first) j++;
        if (j < out.size()) search = j;
      }
      e.pageStarts[p] = search;
    }
    e.shortPages = shortPages(e.pages, g, line);
    return e;
  }

  /**
   * The pages, but the last, whose text block has room for another line: the body, the top
   * floats and the foot inserts together end a line or more above its foot.
   */
  public static List<Integer> shortPages(List<PageCut> pages, BreakGeometry g, long line) {
    List<Integer> out = new ArrayList<>();
    for (int p = 0; p + 1 < pages.size(); p++) {
      PageCut c = pages.get(p);
      if (c.forced() || c.body().isEmpty()) continue;
      if (g.textHeight() - used(c, g) >= line) out.add(p);
    }
    return out;
  }

  static long used(PageCut c, BreakGeometry g) {
    long h = VerticalList.height(c.body());
    for (List<VItem> f : c.floats()) h += VerticalList.height(f) + g.floatSkip();
    for (int k = 0; k < c.inserts().size(); k++) {
      h += (k == 0 ? g.insertSkip() : g.insertGap()) + VerticalList.height(c.inserts().get(k));
    }
    return h;
  }
}

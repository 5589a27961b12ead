package cz.sazba.typeset.vertical;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Flush bottoms by {@code \looseness}: every page but a division's last should end on the last
 * baseline of the text block. The {@link PageBreaker} alone leaves a page a line short wherever
 * the break it wanted would make a widow or an orphan, leave a heading without two lines of its
 * text, or end the page in a hyphenated word; a paragraph set a line longer or shorter nearby
 * moves the break to an allowed place instead.
 *
 * <p>The layouters offer, for each paragraph that can be reset so, its material one line shorter
 * and one line longer with the demerits that adds (Knuth–Plass's next-best solutions). The pass
 * goes through the pages in order, as TeX's page builder does, with everything before the
 * current page settled. At the first short page it considers every change of one paragraph, and
 * every change of two, among the paragraphs with a line on that page or the page before
 * (TeX's {@code \looseness} on the page or the spread), and keeps the cheapest after which no page
 * up to this one is short: the least added demerits, a page ending in a hyphenated word counting
 * as {@link #BROKEN_PAGE_END} more. Only when no such change exists may the page end in a
 * hyphenated word rather than a line early, and only when that does not help either does it stay
 * short (TeX's {@code \raggedbottom} as the last resort). Each trial cuts only the pages from
 * the changed paragraph's to the short one (the page breaker's state at every page start is
 * kept), so the pass costs a few pages' cutting per change tried, not a division's.
 *
 * <p>Every paragraph changes at most once and every page is passed once, so the pass ends.
 */
public final class FlushBottoms {
  private FlushBottoms() {}

  /** What a page ending in a hyphenated word costs, in the demerits the variants are priced in. */
  static final long BROKEN_PAGE_END = 1_000_000;

  /** What a word hyphenated over a recto's foot, and so over the leaf, costs. */
  static final long BROKEN_LEAF_END = 30_000_000;

  /** How many pages before the short one may change with it. */
  static final int WINDOW = 2;

  /**
   * Another setting of the paragraph's material and the demerits it adds to the best one. The
   * material is made when the search first tries the setting (most are never tried); the cost
   * is known at once, since the search orders its options by it.
   */
  public record Variant(Lazy<List<VItem>> material, long cost) {
    public Variant(List<VItem> items, long cost) {
      this(Lazy.ready(List.copyOf(items)), cost);
    }

    public List<VItem> items() {
      return material.get();
    }
  }

  /** A paragraph's other settings: one and two lines shorter and longer, each where it can be set so. */
  public record Variants(Optional<Variant> shorter, Optional<Variant> longer, Optional<Variant> twoShorter,
      Optional<Variant> twoLonger) {
    public static final Variants NONE = new Variants(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /**
   * A paragraph that could be set otherwise: its items are {@code [from, to)} of the division's
   * material (no inserts or floats among them). What its variants need beyond their cost (their
   * material, anchors carried over to it) is made when the search first looks at or tries them.
   */
  public record Flexible(int from, int to, Lazy<Variants> variants) {
    public Flexible(int from, int to, Optional<Variant> shorter, Optional<Variant> longer,
        Optional<Variant> twoShorter, Optional<Variant> twoLonger) {
      this(from, to, Lazy.ready(new Variants(shorter, longer, twoShorter, twoLonger)));
    }

    /** A paragraph that offers only one line fewer or more. */
    public Flexible(int from, int to, Optional<Variant> shorter, Optional<Variant> longer) {
      this(from, to, shorter, longer, Optional.empty(), Optional.empty());
    }

    public Optional<Variant> shorter() {
      return variants.get().shorter();
    }

    public Optional<Variant> longer() {
      return variants.get().longer();
    }

    public Optional<Variant> twoShorter() {
      return variants.get().twoShorter();
    }

    public Optional<Variant> twoLonger() {
      return variants.get().twoLonger();
    }
  }

  /** The material with the chosen variants swapped in, its pages, and which of them stayed short. */
  public record Result(List<VItem> material, List<PageCut> pages, List<Integer> shortPages, int changed) {
    public Result {
      // The search's own material is already an unchangeable copy, and keeps its marks for the
      // page breaker: not copied again.
      if (!(material instanceof Copy)) material = List.copyOf(material);
      pages = List.copyOf(pages);
      shortPages = List.copyOf(shortPages);
    }
  }

  /**
   * @param flexible the paragraphs that may change, in order, not overlapping
   * @param line the body's baseline distance: a page whose text block has this much room left is short
   */
  public static Result cut(List<VItem> items, List<Flexible> flexible, BreakGeometry geometry, long line) {
    return cut(items, flexible, geometry, line, Optional.empty());
  }

  /**
   * As {@link #cut(List, List, BreakGeometry, long)}, knowing which side the division's first
   * page is on: a word hyphenated over a recto's foot goes on over the leaf, out of the reader's
   * sight, and costs {@link #BROKEN_LEAF_END}; over a verso's foot it stays on the spread.
   *
   * @param firstPageRecto whether the first page is a recto; empty: every page end costs alike
   */
  public static Result cut(List<VItem> items, List<Flexible> flexible, BreakGeometry geometry, long line,
      Optional<Boolean> firstPageRecto) {
    Search s = new Search(items, flexible, geometry, line, firstPageRecto);
    s.run();
    return new Result(s.material, s.pages, shortPages(s.pages, geometry, line), s.changed);
  }

  /** One paragraph's change: which paragraph, and how many lines more (negative: fewer). */
  private record Change(int paragraph, int delta, Variant variant) {}

  /** The cheapest option found for a page, its cost, and whether the page may end in a hyphenated word. */
  private record Found(Option option, long total, boolean endBroken) {}

  /** A set of changes tried together, with the demerits they add. */
  private record Option(List<Change> changes, long cost) {}

  private static final class Search {
    final List<Flexible> flexible;
    final BreakGeometry g;
    final long line;
    List<VItem> material;
    /** Where each paragraph starts in {@link #material}, and how many items it has there. */
    final int[] from;
    final int[] size;
    final int[] choice;
    final List<PageCut> pages = new ArrayList<>();
    /** The page breaker's state at the start of each page, and one past the last. */
    final List<PageBreaker.Start> starts = new ArrayList<>();
    /** Pages allowed to end in a hyphenated word rather than short. */
    final Set<Integer> mayEndBroken = new HashSet<>();
    final Set<Integer> tolerated = new HashSet<>();
    /** Pages cut lower than the text block, to match the short page facing them. */
    final Map<Integer, Long> lowered = new HashMap<>();
    /** Pages before this one are settled: no change may touch them. */
    int settled;
    int changed;

    final Optional<Boolean> firstPageRecto;

    Search(List<VItem> items, List<Flexible> flexible, BreakGeometry g, long line, Optional<Boolean> firstPageRecto) {
      this.firstPageRecto = firstPageRecto;
      this.flexible = flexible;
      this.g = g;
      this.line = line;
      this.material = new Copy(items.toArray(new VItem[0]), PageBreaker.repeatMarks(items));
      int n = flexible.size();
      from = new int[n];
      size = new int[n];
      choice = new int[n];
      for (int k = 0; k < n; k++) {
        from[k] = flexible.get(k).from();
        size[k] = flexible.get(k).to() - flexible.get(k).from();
      }
      starts.add(PageBreaker.begin(material));
      recutFrom(0);
    }

    /** Cuts the material again from page {@code q} to the end. */
    void recutFrom(int q) {
      recutFrom(q, null);
    }

    /**
     * Cuts the material again from page {@code q}; with {@code sync}, only until the cut meets
     * the cut before the change again: a page starting at the same item (moved by what the
     * change added or removed) in the same state, past the changed material, whose geometry
     * has not changed since. From there every page is as it was (the page breaker is a function
     * of the material from a page's start, that state and the geometry), so the old pages are
     * kept and only their starts moved: a change costs the pages it touches, not the division's.
     */
    void recutFrom(int q, Sync sync) {
      while (pages.size() > q) pages.remove(pages.size() - 1);
      while (starts.size() > q + 1) starts.remove(starts.size() - 1);
      PageBreaker.Start s = starts.get(q);
      while (PageBreaker.more(material, s)) {
        PageBreaker.Step step = PageBreaker.page(material, geometry(pages.size()), s,
            !mayEndBroken.contains(pages.size()));
        pages.add(step.cut());
        s = step.next();
        starts.add(s);
        if (sync != null && sync.meets(material, pages.size(), s)) {
          for (int k = pages.size(); k < sync.pages.size(); k++) {
            pages.add(sync.pages.get(k));
            PageBreaker.Start o = sync.starts.get(k + 1);
            starts.add(sync.shift == 0 ? o
                : new PageBreaker.Start(o.index() + sync.shift, o.carried(), o.deferred(), o.textSoFar()));
          }
          return;
        }
      }
    }

    boolean isShort(List<PageCut> cuts, int p) {
      if (p + 1 >= cuts.size()) return false;
      PageCut c = cuts.get(p);
      return !c.forced() && !c.body().isEmpty() && g.textHeight() - used(c, g) >= line;
    }

    void run() {
      for (int p = 0; p + 1 < pages.size(); p++) {
        if (isShort(pages, p) && !tolerated.contains(p)) {
          // Filled by changes alone, or ending in a hyphenated word (with changes or none),
          // whichever costs less; short only when neither fills it.
          Found clean = search(p, false, Long.MAX_VALUE);
          Found broken = search(p, true, clean == null ? Long.MAX_VALUE : clean.total());
          Found best = broken != null ? broken : clean;
          if (best == null) {
            tolerated.add(p);
            evenSpread(p);
          } else {
            apply(best.option(), p, best.endBroken());
          }
        } else if (endsBroken(pages.get(p))) {
          // Full, but ending in a hyphenated word: a change is taken only if it costs less.
          long now = 0;
          for (int q = Math.max(settled, p - WINDOW); q <= p; q++) if (endsBroken(pages.get(q))) now += brokenCost(q);
          Found better = search(p, mayEndBroken.contains(p), now);
          if (better != null) apply(better.option(), p, better.endBroken());
        }
      }
    }

    /**
     * A page that stays short gets a partner to match: the other page of its spread is cut to
     * end on the same baseline (both a line or so short, rather than one page longer than the
     * one facing it). Kept only if both then end on the same baseline, at most a line above the
     * short page's (a widow or orphan rule may ask for that line); the pages of the spread are
     * settled, and later changes do not touch them.
     */
    void evenSpread(int p) {
      if (firstPageRecto.isEmpty()) return;
      boolean recto = (p % 2 == 0) == firstPageRecto.get();
      int verso = recto ? p - 1 : p;
      int right = verso + 1;
      // Both pages in this division, the recto not its last page (that one is short by design).
      if (verso < settled || right + 1 >= pages.size()) return;
      int partner = recto ? verso : right;
      if (tolerated.contains(partner) || pages.get(partner).forced()) return;
      long height = used(pages.get(p), g);
      List<PageCut> savedPages = new ArrayList<>(pages);
      List<PageBreaker.Start> savedStarts = new ArrayList<>(starts);
      lowered.put(verso, height);
      lowered.put(right, height);
      recutFrom(verso, new Sync(savedPages, savedStarts, 0, 0, right + 1));
      boolean even = right + 1 < pages.size();
      for (int q = verso; even && q <= right; q++) {
        PageCut c = pages.get(q);
        even = !c.body().isEmpty() && !c.forced() && height - used(c, g) < line + line / 2;
      }
      even = even && Math.abs(used(pages.get(verso), g) - used(pages.get(right), g)) < line / 2;
      if (even) {
        tolerated.add(verso);
        tolerated.add(right);
        settled = right + 1;
        return;
      }
      lowered.remove(verso);
      lowered.remove(right);
      pages.clear();
      pages.addAll(savedPages);
      starts.clear();
      starts.addAll(savedStarts);
    }

    /** The geometry page {@code q} is cut with: the text block's, or lowered to match its spread. */
    BreakGeometry geometry(int q) {
      Long h = lowered.get(q);
      return h == null ? g : new BreakGeometry(h, g.insertSkip(), g.insertGap(), g.maxInsertHeight(), g.floatSkip());
    }

    /** What page {@code q} ending in a hyphenated word costs. */
    long brokenCost(int q) {
      boolean recto = firstPageRecto.isPresent() && (q % 2 == 0) == firstPageRecto.get();
      return recto ? BROKEN_LEAF_END : BROKEN_PAGE_END;
    }

    /** The page whose body holds item {@code index} (the last page starting at or before it). */
    int pageOf(int index) {
      int lo = 0;
      int hi = pages.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (starts.get(mid).index() <= index) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    }

    /**
     * The cheapest option, under {@code limit}, after which no page up to {@code p} is short;
     * {@code endBroken}: page {@code p} may end in a hyphenated word. Null when none is.
     */
    Found search(int p, boolean endBroken, long limit) {
      int lo = Math.max(settled, p - WINDOW);
      if (lo > p) return null;
      long windowStart = starts.get(lo).index();
      long windowEnd = starts.get(p + 1).index();
      List<Change> changes = new ArrayList<>();
      for (int k = 0; k < flexible.size(); k++) {
        if (choice[k] != 0 || from[k] + 2 < starts.get(settled).index()) continue;
        // A paragraph with a line on page lo..p: it ends after the window's start, starts before its end.
        if (from[k] + size[k] <= windowStart || from[k] >= windowEnd) continue;
        int paragraph = k;
        Variants v = flexible.get(k).variants().get();
        v.shorter().ifPresent(x -> changes.add(new Change(paragraph, -1, x)));
        v.longer().ifPresent(x -> changes.add(new Change(paragraph, 1, x)));
        v.twoShorter().ifPresent(x -> changes.add(new Change(paragraph, -2, x)));
        v.twoLonger().ifPresent(x -> changes.add(new Change(paragraph, 2, x)));
      }
      List<Option> options = new ArrayList<>();
      if (endBroken && isShort(pages, p)) options.add(new Option(List.of(), 0));
      for (int a = 0; a < changes.size(); a++) {
        Change x = changes.get(a);
        options.add(new Option(List.of(x), x.variant().cost()));
        for (int b = a + 1; b < changes.size(); b++) {
          Change y = changes.get(b);
          if (y.paragraph() == x.paragraph()) continue;
          options.add(new Option(List.of(x, y), x.variant().cost() + y.variant().cost()));
        }
      }
      options.sort(Comparator.comparingLong(Option::cost));
      Option best = null;
      long bestTotal = limit;
      for (Option o : options) {
        if (o.cost() >= bestTotal) break;
        long total = trial(o, p, lo, endBroken);
        if (total < bestTotal) {
          bestTotal = total;
          best = o;
        }
      }
      return best == null ? null : new Found(best, bestTotal, endBroken);
    }

    /** The cost of {@code o} if after it no page from {@code lo} to {@code p} is short, else MAX. */
    long trial(Option o, int p, int lo, boolean endBroken) {
      List<VItem> view = spliced(o);
      int first = p;
      int firstIndex = Integer.MAX_VALUE;
      for (Change c : o.changes()) {
        first = Math.min(first, pageOf(from[c.paragraph()] + 2));
        firstIndex = Math.min(firstIndex, from[c.paragraph()]);
      }
      PageBreaker.Start s = starts.get(first);
      if (firstIndex < s.index()) {
        // The paragraph opens the page: its penalty and glue before the first line are dropped.
        s = new PageBreaker.Start(PageBreaker.skipDiscardable(view, firstIndex), s.carried(), s.deferred(),
            s.textSoFar());
      }
      List<PageCut> cuts = new ArrayList<>(pages.subList(0, first));
      for (int q = first; q <= p + 1 && PageBreaker.more(view, s); q++) {
        boolean mayBreak = q == p ? endBroken : mayEndBroken.contains(q);
        PageBreaker.Step step = PageBreaker.page(view, geometry(q), s, !mayBreak);
        cuts.add(step.cut());
        s = step.next();
      }
      if (cuts.size() <= p) return o.cost(); // the division now ends before page p: nothing is short
      if (!PageBreaker.more(view, s) && cuts.size() == p + 1) return o.cost(); // page p is the last
      long total = o.cost();
      for (int q = lo; q <= p; q++) {
        if (isShortIn(cuts, q, view, s) && !tolerated.contains(q)) return Long.MAX_VALUE;
        if (endsBroken(cuts.get(q))) total += brokenCost(q);
      }
      return total;
    }

    /** Page {@code q} of a partial cut is short (a page followed by more material). */
    private boolean isShortIn(List<PageCut> cuts, int q, List<VItem> view, PageBreaker.Start after) {
      boolean last = q == cuts.size() - 1 && !PageBreaker.more(view, after);
      if (last) return false;
      PageCut c = cuts.get(q);
      return !c.forced() && !c.body().isEmpty() && g.textHeight() - used(c, g) >= line;
    }

    private void apply(Option o, int p, boolean endBroken) {
      List<Change> sorted = new ArrayList<>(o.changes());
      sorted.sort(Comparator.comparingInt(Change::paragraph));
      List<VItem> next = spliced(o).copy();
      List<PageCut> oldPages = new ArrayList<>(pages);
      List<PageBreaker.Start> oldStarts = new ArrayList<>(starts);
      boolean repeats = false;
      for (Change c : sorted) for (VItem item : c.variant().items()) repeats |= item instanceof Repeat;
      int firstPage = p;
      for (Change c : sorted) firstPage = Math.min(firstPage, pageOf(from[c.paragraph()] + 2));
      int firstIndex = Integer.MAX_VALUE;
      for (Change c : sorted) firstIndex = Math.min(firstIndex, from[c.paragraph()]);
      // Shift the later paragraphs by what each change adds or removes.
      int shift = 0;
      int changedEnd = 0;
      for (Change c : sorted) {
        changedEnd = from[c.paragraph()] + shift + c.variant().items().size();
        shift += c.variant().items().size() - size[c.paragraph()];
      }
      for (Change c : sorted) {
        int k = c.paragraph();
        int delta = c.variant().items().size() - size[k];
        size[k] = c.variant().items().size();
        choice[k] = c.delta();
        for (int j = k + 1; j < from.length; j++) from[j] += delta;
        changed++;
      }
      material = next;
      if (endBroken) mayEndBroken.add(p);
      PageBreaker.Start s = starts.get(firstPage);
      if (firstIndex < s.index()) {
        starts.set(firstPage, new PageBreaker.Start(PageBreaker.skipDiscardable(material, firstIndex), s.carried(),
            s.deferred(), s.textSoFar()));
      }
      // Page p's geometry changed if it may now end in a hyphenated word: the cut meets the old one after it.
      recutFrom(firstPage, repeats ? null : new Sync(oldPages, oldStarts, shift, changedEnd, endBroken ? p + 1 : firstPage + 1));
    }

    /** The material with the option's paragraphs replaced, as a view (nothing copied). */
    private Spliced spliced(Option o) {
      List<Change> sorted = new ArrayList<>(o.changes());
      sorted.sort(Comparator.comparingInt(Change::paragraph));
      int n = sorted.size();
      int[] at = new int[n];
      int[] oldSize = new int[n];
      List<List<VItem>> repl = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        at[i] = from[sorted.get(i).paragraph()];
        oldSize[i] = size[sorted.get(i).paragraph()];
        repl.add(sorted.get(i).variant().items());
      }
      return new Spliced(material, at, oldSize, repl);
    }
  }

  /**
   * The cut before a change, to meet again: its pages and starts, how far the items after the
   * change moved, where the changed material ends (in the new material), and the first page
   * whose geometry is as it was.
   */
  private static final class Sync {
    final List<PageCut> pages;
    final List<PageBreaker.Start> starts;
    final int shift;
    final int changedEnd;
    final int firstPage;

    Sync(List<PageCut> pages, List<PageBreaker.Start> starts, int shift, int changedEnd, int firstPage) {
      this.pages = pages;
      this.starts = starts;
      this.shift = shift;
      this.changedEnd = changedEnd;
      this.firstPage = firstPage;
    }

    /** Whether page {@code k}, starting at {@code s} in {@code material}, starts as the old page {@code k} did. */
    boolean meets(List<VItem> material, int k, PageBreaker.Start s) {
      if (k < firstPage || k >= pages.size() || s.index() < changedEnd) return false;
      PageBreaker.Start o = starts.get(k);
      if (o.index() + shift != s.index()) return false;
      // A repeated header counts the glue back to the content before the page: that must be unchanged too.
      int j = s.index() - 1;
      while (j >= 0 && j < material.size() && !(material.get(j) instanceof Content)) j--;
      if (j < changedEnd - 1) return false;
      return o.carried().equals(s.carried()) && o.deferred().equals(s.deferred()) && o.textSoFar().equals(s.textSoFar());
    }
  }

  private static boolean endsBroken(PageCut c) {
    for (int i = c.body().size() - 1; i >= 0; i--) {
      if (c.body().get(i) instanceof Line l) return l.endsInBrokenWord();
      if (c.body().get(i) instanceof Box) return false;
    }
    return false;
  }

  /** A list with some ranges replaced, in order and not overlapping, read through without copying. */
  static final class Spliced extends AbstractList<VItem> implements PageBreaker.MarkedList {
    private final List<VItem> base;
    private final int[] at;
    private final int[] oldSize;
    private final List<List<VItem>> repl;
    /** Where each replacement starts in this list (ascending). */
    private final int[] newAt;
    /** How far the base has moved after replacement {@code i}: its size change and all before it. */
    private final int[] shiftThrough;
    private final int size;

    Spliced(List<VItem> base, int[] at, int[] oldSize, List<List<VItem>> repl) {
      this.base = base;
      this.at = at;
      this.oldSize = oldSize;
      this.repl = repl;
      newAt = new int[at.length];
      shiftThrough = new int[at.length];
      int shift = 0;
      for (int i = 0; i < at.length; i++) {
        newAt[i] = at[i] + shift;
        shift += repl.get(i).size() - oldSize[i];
        shiftThrough[i] = shift;
      }
      size = base.size() + shift;
    }

    /**
     * The item at {@code index}, found by binary search over the replacements (a long division
     * has many, and the page breaker reads every item again for each trial): the last
     * replacement starting at or before {@code index} either holds it or is the last one before
     * it in the base.
     */
    @Override
    public VItem get(int index) {
      int last = replacementAtOrBefore(index);
      if (last < 0) return base.get(index);
      if (index < newAt[last] + repl.get(last).size()) return repl.get(last).get(index - newAt[last]);
      return base.get(index - shiftThrough[last]);
    }

    @Override
    public int size() {
      return size;
    }

    /**
     * Items {@code from} to {@code to}, copied out range by range rather than read one by one
     * through {@link #get}: the page breaker takes every page's body so, for each trial.
     */
    @Override
    public List<VItem> subList(int from, int to) {
      java.util.Objects.checkFromToIndex(from, to, size);
      VItem[] out = new VItem[to - from];
      int o = 0;
      int i = from;
      while (i < to) {
        int r = replacementAtOrBefore(i);
        if (r >= 0 && i < newAt[r] + repl.get(r).size()) {
          int end = Math.min(to, newAt[r] + repl.get(r).size());
          o = copyRange(repl.get(r), i - newAt[r], end - newAt[r], out, o);
          i = end;
        } else {
          int shift = r < 0 ? 0 : shiftThrough[r];
          int end = Math.min(to, r + 1 < newAt.length ? newAt[r + 1] : size);
          o = copyRange(base, i - shift, end - shift, out, o);
          i = end;
        }
      }
      return java.util.Collections.unmodifiableList(java.util.Arrays.asList(out));
    }

    /** The last replacement starting at or before {@code index}, or -1. */
    private int replacementAtOrBefore(int index) {
      int lo = 0;
      int hi = newAt.length - 1;
      int last = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (newAt[mid] <= index) {
          last = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return last;
    }

    /**
     * This list copied out, range by range (the base between the replacements, then each
     * replacement) rather than item by item through {@link #get}, with the marks worked out here.
     */
    Copy copy() {
      VItem[] out = new VItem[size];
      int o = 0;
      int b = 0;
      for (int i = 0; i < at.length; i++) {
        o = copyRange(base, b, at[i], out, o);
        o = copyRange(repl.get(i), 0, repl.get(i).size(), out, o);
        b = at[i] + oldSize[i];
      }
      copyRange(base, b, base.size(), out, o);
      return new Copy(out, repeatMarks());
    }

    /** Items {@code from} to {@code to} of {@code list} into {@code out} at {@code o}; returns where the next goes. */
    private static int copyRange(List<VItem> list, int from, int to, VItem[] out, int o) {
      if (list instanceof Copy c) {
        System.arraycopy(c.items, from, out, o, to - from);
        return o + to - from;
      }
      int at = o;
      for (int i = from; i < to; i++) out[at++] = list.get(i);
      return at;
    }

    /** Worked out once, from the base's marks and the replacements' own. */
    private volatile int[] marks;

    /**
     * Where the {@link Repeat} marks are: the base's outside the replaced ranges, moved by the
     * replacements before them, and those in the replacements; without reading the whole list.
     */
    @Override
    public int[] repeatMarks() {
      int[] known = marks;
      if (known != null) return known;
      int[] baseMarks = PageBreaker.repeatMarks(base);
      int[] out = new int[8];
      int count = 0;
      int b = 0;
      int shift = 0;
      for (int i = 0; i < at.length; i++) {
        for (; b < baseMarks.length && baseMarks[b] < at[i]; b++) {
          if (count == out.length) out = java.util.Arrays.copyOf(out, count * 2);
          out[count++] = baseMarks[b] + shift;
        }
        // Base marks inside the replaced range go with it.
        while (b < baseMarks.length && baseMarks[b] < at[i] + oldSize[i]) b++;
        List<VItem> r = repl.get(i);
        for (int k = 0; k < r.size(); k++) {
          if (r.get(k) instanceof Repeat) {
            if (count == out.length) out = java.util.Arrays.copyOf(out, count * 2);
            out[count++] = newAt[i] + k;
          }
        }
        shift = shiftThrough[i];
      }
      for (; b < baseMarks.length; b++) {
        if (count == out.length) out = java.util.Arrays.copyOf(out, count * 2);
        out[count++] = baseMarks[b] + shift;
      }
      known = java.util.Arrays.copyOf(out, count);
      marks = known;
      return known;
    }
  }

  /**
   * A spliced list copied out, unchangeable, with the {@link Repeat} marks its view worked out
   * from the base's: the page breaker asks a list for its marks on every page, and the material
   * an applied option leaves would otherwise be read whole for them once per option (dozens of
   * times over the items of a long division).
   */
  static final class Copy extends AbstractList<VItem> implements PageBreaker.MarkedList, java.util.RandomAccess {
    private final VItem[] items;
    private final int[] marks;

    Copy(VItem[] items, int[] marks) {
      this.items = items;
      this.marks = marks;
    }

    @Override
    public VItem get(int index) {
      return items[index];
    }

    @Override
    public int size() {
      return items.length;
    }

    @Override
    public int[] repeatMarks() {
      return marks;
    }

    /** Items {@code from} to {@code to} copied out at once (see {@link Spliced#subList}). */
    @Override
    public List<VItem> subList(int from, int to) {
      java.util.Objects.checkFromToIndex(from, to, items.length);
      return java.util.Collections.unmodifiableList(java.util.Arrays.asList(java.util.Arrays.copyOfRange(items, from, to)));
    }
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

package cz.sazba.typeset.vertical;

import cz.sazba.model.Locator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a division's vertical material into pages. A pure function of the material and the
 * geometry: it knows nothing of block kinds, page numbers or which side of the spread a page is.
 *
 * <p>Each page is filled in one forward pass. Content is taken while the floats at the top, the
 * body and the inserts at the foot fit the text block; the page then ends at the last penalty
 * that allows a break, so a keep (a paragraph's first and last two lines, a heading with its
 * text) moves lines to the next page rather than break, and the page runs short. A discouraged
 * break (a page ending in a hyphenated word) gives way to an allowed one just before it. No
 * allowed break at all: the page ends where the material stopped fitting, marked forced.
 *
 * <p>Inserts are counted on the page of the content before them, as TeX counts an insert on
 * the page of its mark: an insert that fits goes whole; one that does not is split at its own
 * last allowed penalty that fits, and the rest opens the next page's foot, with any later inserts
 * held behind it so notes keep their order. If not even an insert's first line fits, its mark's
 * line goes to the next page. Floats go to the top of the page where they are met if they fit
 * there with everything else, else to the top of the next page (in order), while the text goes on.
 * The state at every possible break is recorded as it is passed, so choosing an earlier break
 * never re-scans: nothing loops.
 */
public final class PageBreaker {
  private PageBreaker() {}

  /** The pages of {@code items}; material left over at the end (held notes, floats) gets pages of its own. */
  public static List<PageCut> cut(List<VItem> items, BreakGeometry geometry) {
    List<PageCut> pages = new ArrayList<>();
    Start s = begin(items);
    while (more(items, s)) {
      Step step = page(items, geometry, s, true);
      pages.add(step.cut());
      s = step.next();
    }
    return pages;
  }

  /**
   * Where a page's cutting starts: the first item it may take, the notes the page before left
   * for its foot, the floats waiting for its top, and how far the text had got.
   */
  record Start(int index, List<List<VItem>> carried, List<Floating> deferred, Optional<Locator> textSoFar) {}

  /** One page cut, and where the next one starts. */
  record Step(PageCut cut, Start next) {}

  /** Where a division's first page starts. */
  static Start begin(List<VItem> items) {
    return new Start(skipDiscardable(items, 0), List.of(), List.of(), Optional.empty());
  }

  /** Whether anything is left for another page. */
  static boolean more(List<VItem> items, Start s) {
    return s.index() < items.size() || !s.carried().isEmpty() || !s.deferred().isEmpty();
  }

  /**
   * Cuts the page that starts at {@code s}.
   *
   * @param yieldDiscouraged whether a discouraged break (a page ending in a hyphenated word)
   *     gives way to an allowed break just before it, as {@link #cut} always has it; a page
   *     breaker that would rather end a page in a hyphenated word than leave it short passes false
   */
  static Step page(List<VItem> items, BreakGeometry geometry, Start s, boolean yieldDiscouraged) {
    Scan scan = new Scan(items, s.index(), geometry, s.textSoFar(), yieldDiscouraged, repeated(items, s.index()));
    scan.begin(s.carried(), s.deferred());
    Scan.Result r = scan.run();
    int next = skipDiscardable(items, r.next());
    if (next == s.index() && r.cut().body().isEmpty() && r.cut().floats().isEmpty() && r.cut().inserts().isEmpty()) {
      throw new IllegalStateException("page breaker made no progress at item " + s.index());
    }
    return new Step(r.cut(), new Start(next, r.carried(), r.deferred(), r.cut().textSoFar()));
  }

  /**
   * The material a page starting at {@code from} opens with: that of the last {@link Repeat} mark
   * before it, if content of its block follows before the block's next mark; else none.
   */
  static List<VItem> repeated(List<VItem> items, int from) {
    List<VItem> repeat = List.of();
    int[] marks = repeatMarks(items);
    // The last mark before from, by binary search: scanning back from every page's start made
    // cutting a long division quadratic (and the flush-bottom search cuts pages many times).
    int lo = 0;
    int hi = marks.length - 1;
    int last = -1;
    int limit = Math.min(from, items.size());
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (marks[mid] < limit) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (last >= 0) repeat = ((Repeat) items.get(marks[last])).material();
    if (repeat.isEmpty()) return List.of();
    for (int i = from; i < items.size(); i++) {
      if (items.get(i) instanceof Repeat) return List.of();
      if (items.get(i) instanceof Content) return repeat;
    }
    return List.of();
  }

  /**
   * Where the {@link Repeat} marks of {@code items} are, ascending; remembered for the list last
   * asked about on this thread (by identity: vertical lists are never changed once made), since
   * the page breaker asks once per page of the same list.
   */
  static int[] repeatMarks(List<VItem> items) {
    // A list spliced from another (a flush-bottom trial) works its marks out from the other's.
    if (items instanceof MarkedList m) return m.repeatMarks();
    Object[] known = LAST_MARKS.get();
    if (known != null && ((java.lang.ref.WeakReference<?>) known[0]).get() == items) return (int[]) known[1];
    int count = 0;
    int[] marks = new int[8];
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof Repeat) {
        if (count == marks.length) marks = java.util.Arrays.copyOf(marks, count * 2);
        marks[count++] = i;
      }
    }
    int[] found = java.util.Arrays.copyOf(marks, count);
    LAST_MARKS.set(new Object[] {new java.lang.ref.WeakReference<>(items), found});
    return found;
  }

  /** A vertical list that knows where its {@link Repeat} marks are, ascending. */
  interface MarkedList {
    int[] repeatMarks();
  }

  /** {weak reference to a list, its mark positions}: a one-entry cache per thread for {@link #repeatMarks}. */
  private static final ThreadLocal<Object[]> LAST_MARKS = new ThreadLocal<>();

  private static VItem relocated(VItem item, Locator at) {
    if (item instanceof Box b) return new Box(b.frame(), b.height(), b.topSkip(), at);
    if (item instanceof Line l) {
      return new Line(l.elements(), l.left(), l.ascent(), l.topSkip(), l.anchors(), l.section(), at, l.endsInBrokenWord());
    }
    return item;
  }

  static int skipDiscardable(List<VItem> items, int from) {
    int i = from;
    while (i < items.size() && (items.get(i) instanceof Glue || items.get(i) instanceof Penalty)) i++;
    return i;
  }

  /** A split of a vertical list: what goes on this page and what goes on. */
  record Split(List<VItem> head, List<VItem> tail) {}

  /**
   * The longest head of {@code material} ending at an allowed penalty whose height is at most
   * {@code room}; an empty head when none is.
   */
  static Split split(List<VItem> material, long room) {
    long pos = -1;
    long glue = 0;
    int best = -1;
    for (int i = 0; i < material.size(); i++) {
      VItem item = material.get(i);
      if (item instanceof Content c) {
        pos = (pos < 0 ? c.topSkip() : pos + glue) + c.extent();
        glue = 0;
        if (pos > room) break;
      } else if (item instanceof Glue g) {
        if (pos >= 0) glue += g.height();
      } else if (item instanceof Penalty p && pos >= 0 && p.allowed()) {
        best = i;
      }
    }
    if (pos >= 0 && pos <= room) return new Split(material, List.of()); // all of it fits
    if (best < 0) return new Split(List.of(), material);
    return new Split(material.subList(0, best), material.subList(skipDiscardable(material, best + 1), material.size()));
  }

  /** The head up to the first allowed break after some content: at least one line of a note. */
  static Split firstPart(List<VItem> material) {
    boolean content = false;
    for (int i = 0; i < material.size(); i++) {
      VItem item = material.get(i);
      if (item instanceof Content) content = true;
      else if (item instanceof Penalty p && content && p.allowed()) {
        return new Split(material.subList(0, i), material.subList(skipDiscardable(material, i + 1), material.size()));
      }
    }
    return new Split(material, List.of());
  }

  /** One page's pass over the material. */
  private static final class Scan {
    private final List<VItem> items;
    private final int start;
    private final BreakGeometry g;

    /** Body height so far (the last content's end), -1 before the first content. */
    private long pos = -1;
    private long glue;
    private final List<List<VItem>> floats = new ArrayList<>();
    private long floatsHeight;
    private final List<Floating> deferred = new ArrayList<>();
    /** Floats set where they stand in the text, with their index in the items. */
    private final List<Placed> here = new ArrayList<>();

    private record Placed(int index, Floating floating) {}
    private final List<List<VItem>> inserts = new ArrayList<>();
    private long insertsHeight;
    /** Insert material for later pages, in order; once non-empty, every later insert waits too. */
    private final List<List<VItem>> held = new ArrayList<>();
    /** The content whose note was split on this page (-1: none, or the split came from a page before). */
    private int splitContent = -1;
    private Optional<Locator> textSoFar;
    private int firstContent = -1;
    private final List<Snapshot> penalties = new ArrayList<>();

    private final boolean yieldDiscouraged;

    /** Material repeated at the page's top (a continued table's header), before the body. */
    private final List<VItem> header;
    /** The glue between the repeated material and the page's first content. */
    private long headerGlue;

    Scan(List<VItem> items, int start, BreakGeometry g, Optional<Locator> textSoFar, boolean yieldDiscouraged,
        List<VItem> header) {
      this.yieldDiscouraged = yieldDiscouraged;
      this.header = header;
      if (!header.isEmpty()) {
        pos = VerticalList.height(header);
        // The glue the page break dropped before the first content stands between it and the header.
        for (int i = start - 1; i >= 0 && !(items.get(i) instanceof Content); i--) {
          if (items.get(i) instanceof Glue gl) headerGlue += gl.height();
        }
        glue = headerGlue;
      }
      this.items = items;
      this.start = start;
      this.g = g;
      this.textSoFar = textSoFar;
    }

    /** The state of the page just before item {@code index}. */
    record Snapshot(int index, int cost, int floats, int deferred, int inserts, int held, Optional<Locator> text) {}

    record Result(PageCut cut, int next, List<List<VItem>> carried, List<Floating> deferred) {}

    private Snapshot snapshot(int index, int cost) {
      return new Snapshot(index, cost, floats.size(), deferred.size(), inserts.size(), held.size(), textSoFar);
    }

    /** What the previous page left: continued notes first at the foot, waiting floats first at the top. */
    void begin(List<List<VItem>> carried, List<Floating> waiting) {
      for (List<VItem> part : carried) {
        if (!held.isEmpty()) {
          held.add(part);
          continue;
        }
        long space = inserts.isEmpty() ? g.insertSkip() : g.insertGap();
        long room = g.maxInsertHeight() - insertsHeight - space;
        Split s = split(part, room);
        if (s.head().isEmpty() && inserts.isEmpty()) s = firstPart(part);
        if (s.head().isEmpty()) {
          held.add(part);
          continue;
        }
        inserts.add(s.head());
        insertsHeight += space + VerticalList.height(s.head());
        if (!s.tail().isEmpty()) held.add(s.tail());
      }
      for (Floating f : waiting) {
        long h = VerticalList.height(f.material()) + g.floatSkip();
        // A float taller than what is left still goes first on a page of its own making.
        if (deferred.isEmpty() && (floats.isEmpty() || floatsHeight + h + insertsHeight < g.textHeight())) {
          floats.add(f.material());
          floatsHeight += h;
        } else {
          deferred.add(f);
        }
      }
    }

    Result run() {
      Snapshot beforeContent = null;
      int contentIndex = -1;
      for (int i = start; i < items.size(); i++) {
        VItem item = items.get(i);
        if (item instanceof Content c) {
          long next = (pos < 0 ? c.topSkip() : pos + glue) + c.extent();
          beforeContent = snapshot(i, Penalty.FORBID);
          // The page's first content goes on it whatever its height (a repeated header above it too).
          boolean first = pos < 0 || firstContent < 0 && !header.isEmpty();
          if (!first && floatsHeight + next + insertsHeight > g.textHeight()) return end(i, beforeContent);
          pos = next;
          glue = 0;
          contentIndex = i;
          if (firstContent < 0) firstContent = i;
          textSoFar = Optional.of(c.locator());
        } else if (item instanceof Glue gl) {
          if (pos >= 0) glue += gl.height();
        } else if (item instanceof Penalty p) {
          if (pos >= 0) penalties.add(snapshot(i, p.cost()));
        } else if (item instanceof Insert ins) {
          if (!placeInsert(ins.material(), contentIndex == firstContent, contentIndex)) {
            return end(contentIndex, beforeContent);
          }
        } else if (item instanceof Floating f) {
          placeFloat(f, i);
        } else if (item instanceof Repeat) {
          // Read by page() when a page starts: it takes no room.
        } else {
          throw new IllegalStateException("unknown vertical item " + item);
        }
      }
      return finish(snapshot(items.size(), Penalty.ALLOW), items.size(), false);
    }

    private boolean placeInsert(List<VItem> material, boolean onFirstContent, int contentIndex) {
      if (!held.isEmpty()) {
        // A note split here holds the foot: a later note could only start a page after its mark.
        // Its mark's line goes to the next page instead (TeX's notes keep their order the same
        // way); only a mark on the page's first line, which cannot move, or on the line of the
        // split note's own mark lets its note wait.
        if (!onFirstContent && contentIndex != splitContent) return false;
        held.add(material);
        return true;
      }
      long space = inserts.isEmpty() ? g.insertSkip() : g.insertGap();
      long h = VerticalList.height(material);
      long body = Math.max(pos, 0);
      long room = Math.min(g.textHeight() - floatsHeight - body - insertsHeight, g.maxInsertHeight() - insertsHeight)
          - space;
      if (h <= room) {
        inserts.add(material);
        insertsHeight += space + h;
        return true;
      }
      Split s = split(material, room);
      if (s.head().isEmpty()) {
        if (!onFirstContent) return false;
        s = firstPart(material);
      }
      inserts.add(s.head());
      insertsHeight += space + VerticalList.height(s.head());
      if (!s.tail().isEmpty()) {
        held.add(s.tail());
        splitContent = contentIndex;
      }
      return true;
    }

    private void placeFloat(Floating f, int index) {
      if (f.inPlace() && pos >= 0 && deferred.isEmpty()) {
        // Set where it stands, between space of its own, if it fits below the text so far.
        long next = pos + g.floatSkip() + VerticalList.height(f.material()) + g.floatSkip();
        if (floatsHeight + next + insertsHeight <= g.textHeight()) {
          here.add(new Placed(index, f));
          pos = next;
          glue = 0;
          return;
        }
      }
      long h = VerticalList.height(f.material()) + g.floatSkip();
      if (deferred.isEmpty() && floatsHeight + h + Math.max(pos, 0) + insertsHeight <= g.textHeight()) {
        floats.add(f.material());
        floatsHeight += h;
      } else {
        deferred.add(f);
      }
    }

    /** The material stopped fitting before item {@code overflow}: end the page at the best break before it. */
    private Result end(int overflow, Snapshot beforeOverflow) {
      Snapshot chosen = null;
      int at = -1;
      for (int k = penalties.size() - 1; k >= 0; k--) {
        Snapshot s = penalties.get(k);
        if (s.index() < overflow && s.cost() < Penalty.FORBID) {
          chosen = s;
          at = k;
          break;
        }
      }
      if (chosen == null) return finish(beforeOverflow, overflow, true);
      if (yieldDiscouraged && chosen.cost() > Penalty.ALLOW && at > 0 && penalties.get(at - 1).cost() < Penalty.FORBID) {
        chosen = penalties.get(at - 1);
      }
      return finish(chosen, chosen.index() + 1, false);
    }

    private Result finish(Snapshot s, int next, boolean forced) {
      int bodyEnd = Math.min(s.index(), items.size());
      List<VItem> body = start < bodyEnd ? items.subList(start, bodyEnd) : List.of();
      if (!header.isEmpty()) {
        // The repeated material stands where the page's own text starts: the page starts there.
        Optional<Locator> own = Optional.empty();
        for (VItem i : body) {
          if (i instanceof Content c) {
            own = Optional.of(c.locator());
            break;
          }
        }
        List<VItem> withHeader = new ArrayList<>();
        for (VItem i : header) withHeader.add(own.isPresent() ? relocated(i, own.get()) : i);
        if (headerGlue > 0) withHeader.add(new Glue(headerGlue));
        withHeader.addAll(body);
        body = withHeader;
      }
      List<Floating> waiting = new ArrayList<>(deferred.subList(0, s.deferred()));
      List<List<VItem>> carried = new ArrayList<>(held.subList(0, s.held()));
      List<Floating> inPlace = new ArrayList<>();
      for (Placed p : here) if (p.index() < bodyEnd) inPlace.add(p.floating());
      PageCut cut = new PageCut(body, floats.subList(0, s.floats()), inserts.subList(0, s.inserts()), forced, s.text(),
          inPlace);
      return new Result(cut, next, List.copyOf(carried), List.copyOf(waiting));
    }
  }
}

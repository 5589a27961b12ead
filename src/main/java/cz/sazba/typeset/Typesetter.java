package cz.sazba.typeset;

import cz.sazba.font.FontSet;
import cz.sazba.model.Block;
import cz.sazba.model.Book;
import cz.sazba.model.ContentsList;
import cz.sazba.model.Division;
import cz.sazba.model.DivisionKind;
import cz.sazba.model.ModelWalk;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Tasks;
import cz.sazba.typeset.page.Anchor;
import cz.sazba.typeset.page.LaidOutBook;
import cz.sazba.typeset.page.OutlineEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Typesets a book: checks glyph coverage, lays out every division as vertical material and cuts
 * it into pages (each division on its own, so they may run in parallel), then assembles the
 * numbered pages. Once the page numbers of what the contents list are known, only the divisions
 * holding a contents list are laid out again, and the pages reassembled, until they settle.
 */
public final class Typesetter {
  /** The contents' numbers can shift pages only if they change a line count; two rounds settle it. */
  private static final int MAX_PASSES = 3;

  private Typesetter() {}

  /**
   * What the typesetter may share with other work: where divisions are laid out (an executor;
   * the result is the same whatever it is and however many threads it has) and the cache of
   * shaped words.
   */
  public record Resources(Executor executor, ShapedWords shapedWords, Runnable whenSet) {
    /**
     * @param whenSet run once (on the executor's thread that finished last) when the first pass
     *     has set every division's blocks, before they are cut into pages: what follows (each
     *     division cut in turn, the contents set again, the pages assembled) is mostly on one
     *     thread at a time, so other work started here has a core to itself. It may not run at
     *     all (a book refused before layout); its caller must not depend on it.
     */
    public Resources {
      java.util.Objects.requireNonNull(whenSet, "whenSet");
    }

    public Resources(Executor executor, ShapedWords shapedWords) {
      this(executor, shapedWords, () -> { });
    }

    /** Everything on the calling thread, with a cache of its own. */
    public static Resources sequential() {
      return new Resources(Runnable::run, ShapedWords.create());
    }
  }

  /** Empty when a diagnostic error stopped it (for example a character no font has). */
  public static Optional<TypesetResult> typeset(Book book, FontSet fonts, Diagnostics diagnostics) {
    return typeset(book, fonts, diagnostics, Resources.sequential());
  }

  /** As above, laying out divisions on {@code resources}' executor. */
  public static Optional<TypesetResult> typeset(Book book, FontSet fonts, Diagnostics diagnostics,
      Resources resources) {
    PageDesign design = PageDesign.of(book.metadata().layout());
    // The checks that every character has a glyph and every image can be placed (a long book's
    // text is read whole for them) run on the executor while the layout starts here: they no
    // longer hold it back. (The other way round, a pool thread would wait in the layout for the
    // divisions it hands out.) What the layout says is kept apart and reported only when the
    // checks pass; when they fail, the layout (of a book that will not be written, perhaps with
    // missing glyphs) is dropped, its failure too.
    Diagnostics checked = new Diagnostics();
    CompletableFuture<Void> checks = CompletableFuture.runAsync(() -> {
      GlyphCoverage.check(book, fonts, design, checked);
      ImageChecks.check(book, design, checked);
    }, resources.executor());
    Diagnostics laidOut = new Diagnostics();
    Layouts done = null;
    RuntimeException failure = null;
    try {
      done = layOut(book, fonts, laidOut, resources);
    } catch (RuntimeException e) {
      failure = e;
    }
    Tasks.join(checks);
    for (Diagnostic d : checked.sorted()) diagnostics.report(d);
    if (checked.hasErrors()) return Optional.empty();
    if (failure != null) throw failure;
    for (Diagnostic d : laidOut.sorted()) diagnostics.report(d);
    return Optional.of(done.result());
  }

  /**
   * Only the checks that come before layout (every character has a glyph), for a book that will
   * not be laid out because an earlier stage failed: its problems still show in the same run.
   */
  public static void check(Book book, FontSet fonts, Diagnostics diagnostics) {
    GlyphCoverage.check(book, fonts, PageDesign.of(book.metadata().layout()), diagnostics);
  }

  /** The layout and how many assemblies it took (for tests: a book without contents takes one). */
  record Layouts(TypesetResult result, int passes) {}

  static Layouts layOut(Book book, FontSet fonts, Diagnostics diagnostics) {
    return layOut(book, fonts, diagnostics, Resources.sequential());
  }

  static Layouts layOut(Book book, FontSet fonts, Diagnostics diagnostics, Resources resources) {
    PageDesign design = PageDesign.of(book.metadata().layout());
    // Only the pages of what the contents list names can change the layout; a book without
    // contents is laid out once.
    Set<String> numbered = contentsTargets(book);
    List<Division> divisions = book.divisions();
    List<Integer> all = new ArrayList<>();
    List<Integer> withContents = new ArrayList<>();
    for (int i = 0; i < divisions.size(); i++) {
      all.add(i);
      if (hasContents(divisions.get(i))) withContents.add(i);
    }
    Map<String, String> pageOfAnchor = Map.of();
    List<DivisionLayouter.Laid> laid = new ArrayList<>(Collections.nCopies(divisions.size(), null));
    List<Integer> toLayOut = all;
    Assembled assembled = null;
    int pass = 0;
    for (; pass < MAX_PASSES; pass++) {
      layOutDivisions(book, fonts, design, resources, pageOfAnchor, toLayOut, laid, pass == 0);
      // Warnings of earlier passes would repeat: only the last assembly's are reported.
      assembled = assemble(book, fonts, design, resources, laid);
      Map<String, String> found = new HashMap<>(assembled.pageOfAnchor);
      found.keySet().retainAll(numbered);
      boolean settled = found.equals(pageOfAnchor);
      if (settled || pass == MAX_PASSES - 1) {
        Diagnostics report = new Diagnostics();
        for (DivisionLayouter.Laid l : laid) for (Diagnostic d : l.diagnostics()) report.report(d);
        for (Diagnostic d : assembled.diagnostics) report.report(d);
        for (Diagnostic d : report.sorted()) diagnostics.report(d);
        if (!settled) {
          diagnostics.warning("contents-pages-unsettled", book.metadata().span(),
              "the page numbers in the contents kept changing the layout; some may be off by a page",
              "shorten a contents entry so that it takes the same number of lines whatever its page number");
        }
        break;
      }
      pageOfAnchor = found;
      // Only a contents list reads the page numbers: the other divisions' layout stands.
      toLayOut = withContents;
    }
    return new Layouts(assembled.result, pass + 1);
  }

  /**
   * Lays out the divisions at {@code indices} on the executor, each on its own, into {@code laid}.
   * Setting a division's blocks runs in parallel; cutting it into pages waits for the page count
   * of the divisions before it, so that it is cut for the side its first page falls on and need
   * not be cut again when the pages are assembled (a division whose side still turns out other,
   * because a division before it was cut again, is re-cut there: the pages are the same).
   */
  private static void layOutDivisions(Book book, FontSet fonts, PageDesign design, Resources resources,
      Map<String, String> pageOfAnchor, List<Integer> indices, List<DivisionLayouter.Laid> laid, boolean first) {
    Map<String, String> pages = Map.copyOf(pageOfAnchor);
    List<CompletableFuture<DivisionLayouter.Set>> set = new ArrayList<>();
    for (int i : indices) {
      Division d = book.divisions().get(i);
      set.add(CompletableFuture.supplyAsync(() -> DivisionLayouter.set(d, fonts, design,
          resources.shapedWords(), book.metadata().lang(), pages, resources.executor()), resources.executor()));
    }
    // Its own failure is its caller's to see; the layout goes on.
    if (first) CompletableFuture.allOf(set.toArray(new CompletableFuture<?>[0])).thenRun(resources.whenSet());
    List<CompletableFuture<DivisionLayouter.Laid>> futures = new ArrayList<>();
    CompletableFuture<Integer> pagesBefore = CompletableFuture.completedFuture(0);
    for (int i = 0, k = 0; i < book.divisions().size(); i++) {
      if (k < indices.size() && indices.get(k) == i) {
        CompletableFuture<DivisionLayouter.Laid> cut = set.get(k++).thenCombineAsync(pagesBefore,
            (s, before) -> DivisionLayouter.cut(s, before % 2 == 0, design), resources.executor());
        futures.add(cut);
        CompletableFuture<Integer> before = pagesBefore;
        pagesBefore = cut.thenCombine(before, (l, b) -> b + l.pages().size());
      } else {
        int count = laid.get(i).pages().size();
        pagesBefore = pagesBefore.thenApply(b -> b + count);
      }
    }
    for (int k = 0; k < indices.size(); k++) {
      laid.set(indices.get(k), Tasks.join(futures.get(k)));
    }
  }

  private static boolean hasContents(Division d) {
    boolean[] found = {false};
    ModelWalk.forEachBlock(d.blocks(), (Block b) -> found[0] |= b instanceof ContentsList);
    return found[0];
  }

  private static Set<String> contentsTargets(Book book) {
    Set<String> targets = new HashSet<>();
    for (Division d : book.divisions()) {
      ModelWalk.forEachBlock(d.blocks(), (Block b) -> {
        if (b instanceof ContentsList c) for (var e : c.entries()) targets.add(e.targetId());
      });
    }
    return targets;
  }

  private record Assembled(TypesetResult result, Map<String, String> pageOfAnchor, List<Diagnostic> diagnostics) {}

  /** Numbers and places the pages of every division, in order. */
  private static Assembled assemble(Book book, FontSet fonts, PageDesign design, Resources resources,
      List<DivisionLayouter.Laid> laid) {
    Diagnostics diagnostics = new Diagnostics();
    PageAssembly pages = new PageAssembly(design,
        new TextSetter(fonts, design, diagnostics, resources.shapedWords()), book.metadata().title(), diagnostics,
        resources.executor());
    // Each division's headings nest among themselves only: a chapter whose sections start at
    // level 2 must not hang under the generated page before it ("Contents").
    List<OutlineEntry> outline = new ArrayList<>();
    for (int i = 0; i < laid.size(); i++) {
      // A division was cut for a first page on a recto; one that starts on a verso is cut again
      // for that side (the hyphen-over-the-leaf rule), and kept so for the passes after.
      DivisionLayouter.Laid l = DivisionLayouter.onSide(laid.get(i), pages.pages.size() % 2 == 0, design);
      laid.set(i, l);
      pages.add(l);
      if (l.division().kind() != DivisionKind.TITLE_PAGE) outline.addAll(outline(l.headings()));
    }
    Map<String, String> found = new HashMap<>();
    for (Anchor a : pages.anchors) found.putIfAbsent(a.id(), pages.pages.get(a.pageIndex()).label());
    checkFigureDistances(book, pages.pages, pages.anchors, diagnostics);
    LaidOutBook laidOut = new LaidOutBook(book.metadata(), pages.pages, pages.anchors, outline,
        pages.structure());
    return new Assembled(new TypesetResult(laidOut), found, diagnostics.sorted());
  }

  /**
   * A figure more than a page from the place that first refers to it ({@code [@fig:map]}) is
   * reported: figures keep their order, so one referred to before an earlier figure cannot always
   * move up to its mention (see FigureOrder), and the reader should not be sent pages away
   * without a word.
   */
  private static void checkFigureDistances(Book book, List<cz.sazba.typeset.page.Page> pages, List<Anchor> anchors,
      Diagnostics diagnostics) {
    // The figures that can be referred to, first: a book without one (most) need not have every
    // element of every page read for its links.
    List<cz.sazba.model.Figure> figures = new ArrayList<>();
    for (Division d : book.divisions()) {
      ModelWalk.forEachBlock(d.blocks(), b -> {
        if (b instanceof cz.sazba.model.Figure f && !f.id().isEmpty()) figures.add(f);
      });
    }
    if (figures.isEmpty()) return;
    Map<String, Integer> firstLink = new HashMap<>();
    for (int p = 0; p < pages.size(); p++) {
      for (cz.sazba.typeset.page.PageElement e : pages.get(p).elements()) {
        if (e instanceof cz.sazba.typeset.page.LinkArea l && l.isInternal()) firstLink.putIfAbsent(l.href().substring(1), p);
      }
    }
    Map<String, Integer> anchorPage = new HashMap<>();
    for (Anchor a : anchors) anchorPage.putIfAbsent(a.id(), a.pageIndex());
    for (cz.sazba.model.Figure f : figures) {
      Integer link = firstLink.get(f.id());
      Integer at = anchorPage.get(f.id());
      if (link == null || at == null || Math.abs(at - link) <= 1) continue;
      diagnostics.warning("figure-far-from-mention", f.span(),
          "figure " + f.number() + " is set on page " + pages.get(at).label() + ", but the text first refers to it on page "
              + pages.get(link).label(),
          "refer to the figures in the order they are numbered, or move the figure nearer to its first mention");
    }
  }

  /** Nests headings by level: each takes the following deeper ones as children. */
  static List<OutlineEntry> outline(List<HeadingInfo> headings) {
    List<OutlineEntry> out = new ArrayList<>();
    int i = 0;
    while (i < headings.size()) {
      int[] next = {i};
      out.add(entry(headings, next));
      i = next[0];
    }
    return out;
  }

  private static OutlineEntry entry(List<HeadingInfo> headings, int[] at) {
    HeadingInfo h = headings.get(at[0]++);
    List<OutlineEntry> children = new ArrayList<>();
    while (at[0] < headings.size() && headings.get(at[0]).level() > h.level()) children.add(entry(headings, at));
    return new OutlineEntry(h.title(), h.id(), children);
  }
}

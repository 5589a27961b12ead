package cz.sazba.typeset;

import cz.sazba.font.FontSet;
import cz.sazba.model.Block;
import cz.sazba.model.Book;
import cz.sazba.model.ContentsList;
import cz.sazba.model.Division;
import cz.sazba.model.DivisionKind;
import cz.sazba.model.ModelWalk;
import cz.sazba.source.Diagnostics;
import cz.sazba.typeset.page.Anchor;
import cz.sazba.typeset.page.LaidOutBook;
import cz.sazba.typeset.page.OutlineEntry;
import cz.sazba.typeset.vertical.PageCut;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typesets a book: checks glyph coverage, lays out every division as vertical material, cuts it
 * into pages and assembles them, and repeats the layout once the page numbers of the headings
 * are known, so the contents show the right ones.
 */
public final class Typesetter {
  /** The contents' numbers can shift pages only if they change a line count; two rounds settle it. */
  private static final int MAX_PASSES = 3;

  private Typesetter() {}

  /** Empty when a diagnostic error stopped it (for example a character no font has). */
  public static Optional<TypesetResult> typeset(Book book, FontSet fonts, Diagnostics diagnostics) {
    PageDesign design = PageDesign.of(book.metadata().layout());
    GlyphCoverage.check(book, fonts, design, diagnostics);
    if (diagnostics.hasErrors()) return Optional.empty();
    return Optional.of(layOut(book, fonts, diagnostics).result());
  }

  /** The layout and how many passes it took (for tests: a book without contents takes one). */
  record Layouts(TypesetResult result, int passes) {}

  static Layouts layOut(Book book, FontSet fonts, Diagnostics diagnostics) {
    PageDesign design = PageDesign.of(book.metadata().layout());
    // Only the pages of what the contents list names can change the layout; a book without
    // contents is laid out once.
    Set<String> numbered = contentsTargets(book);
    Map<String, String> pageOfAnchor = Map.of();
    TypesetResult result = null;
    int pass = 0;
    for (; pass < MAX_PASSES; pass++) {
      // Warnings of earlier passes would repeat: only the last pass reports.
      Diagnostics passDiagnostics = new Diagnostics();
      Pass p = layout(book, fonts, design, pageOfAnchor, passDiagnostics);
      result = p.result;
      Map<String, String> found = new HashMap<>(p.pageOfAnchor);
      found.keySet().retainAll(numbered);
      boolean settled = found.equals(pageOfAnchor);
      if (settled || pass == MAX_PASSES - 1) {
        for (var d : passDiagnostics.sorted()) diagnostics.report(d);
        if (!settled) {
          diagnostics.warning("contents-pages-unsettled", book.metadata().span(),
              "the page numbers in the contents kept changing the layout; some may be off by a page",
              "shorten a contents entry so that it takes the same number of lines whatever its page number");
        }
        break;
      }
      pageOfAnchor = found;
    }
    return new Layouts(result, pass + 1);
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

  private record Pass(TypesetResult result, Map<String, String> pageOfAnchor) {}

  private static Pass layout(Book book, FontSet fonts, PageDesign design, Map<String, String> pageOfAnchor,
      Diagnostics diagnostics) {
    StructureTree structure = new StructureTree();
    PageAssembly pages = new PageAssembly(design, new TextSetter(fonts, design, diagnostics), book.metadata().title(),
        diagnostics);
    List<HeadingInfo> outlineHeadings = new ArrayList<>();
    for (Division d : book.divisions()) {
      DivisionLayouter.Material m = DivisionLayouter.layOut(d, fonts, design, structure, book.metadata().lang(),
          pageOfAnchor, diagnostics);
      List<PageCut> cuts = PageAssembly.cut(m, design);
      pages.add(m, cuts);
      if (d.kind() != DivisionKind.TITLE_PAGE) outlineHeadings.addAll(m.headings());
    }
    Map<String, String> found = new HashMap<>();
    for (Anchor a : pages.anchors) found.putIfAbsent(a.id(), pages.pages.get(a.pageIndex()).label());
    LaidOutBook laidOut = new LaidOutBook(book.metadata(), pages.pages, pages.anchors, outline(outlineHeadings),
        structure.freeze());
    return new Pass(new TypesetResult(laidOut), found);
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

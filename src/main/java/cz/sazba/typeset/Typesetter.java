package cz.sazba.typeset;

import cz.sazba.font.FontSet;
import cz.sazba.model.Book;
import cz.sazba.model.ContentsList;
import cz.sazba.model.Division;
import cz.sazba.model.DivisionKind;
import cz.sazba.source.Diagnostics;
import cz.sazba.typeset.page.Anchor;
import cz.sazba.typeset.page.LaidOutBook;
import cz.sazba.typeset.page.OutlineEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typesets a book: checks glyph coverage, lays out every division, builds pages, and repeats the
 * layout once the page numbers of the headings are known, so the contents show the right ones.
 */
public final class Typesetter {
  /** The contents' numbers can shift pages only if they change a line count; two rounds settle it. */
  private static final int MAX_PASSES = 3;

  private Typesetter() {}

  /** Empty when a diagnostic error stopped it (for example a character no font has). */
  public static Optional<TypesetResult> typeset(Book book, FontSet fonts, Diagnostics diagnostics) {
    NotYetLaidOut.check(book, diagnostics);
    if (diagnostics.hasErrors()) return Optional.empty();
    GlyphCoverage.check(book, fonts, diagnostics);
    if (diagnostics.hasErrors()) return Optional.empty();
    return Optional.of(layOut(book, fonts, diagnostics).result());
  }

  /** The layout and how many passes it took (for tests: a book without contents takes one). */
  record Layouts(TypesetResult result, int passes) {}

  static Layouts layOut(Book book, FontSet fonts, Diagnostics diagnostics) {
    TypeStyle style = TypeStyle.of(book.metadata().layout());
    // Only the pages of what the contents list names can change the layout; a book without
    // contents is laid out once.
    Set<String> numbered = contentsTargets(book);
    Map<String, String> pageOfAnchor = Map.of();
    TypesetResult result = null;
    int pass = 0;
    for (; pass < MAX_PASSES; pass++) {
      // Warnings of earlier passes would repeat: only the last pass reports.
      Diagnostics passDiagnostics = new Diagnostics();
      Pass p = layout(book, fonts, style, pageOfAnchor, passDiagnostics);
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
      for (var b : d.blocks()) {
        if (b instanceof ContentsList c) for (var e : c.entries()) targets.add(e.targetId());
      }
    }
    return targets;
  }

  private record Pass(TypesetResult result, Map<String, String> pageOfAnchor) {}

  private static Pass layout(Book book, FontSet fonts, TypeStyle style, Map<String, String> pageOfAnchor,
      Diagnostics diagnostics) {
    StructureTree structure = new StructureTree();
    BlockLayout blocks = new BlockLayout(fonts, style, structure, book.metadata().lang(), pageOfAnchor, diagnostics);
    PageBuilder pages = new PageBuilder(style, blocks, book.metadata().title(), diagnostics);
    List<HeadingInfo> outlineHeadings = new ArrayList<>();
    for (Division d : book.divisions()) {
      int before = blocks.headings().size();
      pages.add(blocks.layout(d));
      if (d.kind() != DivisionKind.TITLE_PAGE) outlineHeadings.addAll(blocks.headings().subList(before, blocks.headings().size()));
    }
    Map<String, String> found = new HashMap<>();
    for (Anchor a : pages.anchors) found.putIfAbsent(a.id(), pages.pages.get(a.pageIndex()).label());
    LaidOutBook laidOut = new LaidOutBook(book.metadata(), pages.pages, pages.anchors, outline(outlineHeadings),
        structure.freeze());
    return new Pass(new TypesetResult(laidOut, pages.pageStarts), found);
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

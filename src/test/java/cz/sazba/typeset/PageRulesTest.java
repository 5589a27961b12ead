package cz.sazba.typeset;

import static cz.sazba.typeset.TestBooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.font.FontSet;
import cz.sazba.model.Block;
import cz.sazba.model.Book;
import cz.sazba.model.Division;
import cz.sazba.model.DivisionKind;
import cz.sazba.model.Heading;
import cz.sazba.model.Paragraph;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Span;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.LaidOutBook;
import cz.sazba.typeset.page.Page;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.StructNode;
import cz.sazba.typeset.page.StructRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Page breaks around headings, with the heading swept down the page: whatever the position, a
 * heading is never the last thing on a page and is followed on its page by two lines of text.
 */
class PageRulesTest {
  static final Span G = Span.GENERATED;
  static final String LONG = "This paragraph is long enough to fill several lines of the page, so that there is "
      + "something to break and something to keep, and so that the rules of the page builder have work to do "
      + "whatever the position of the heading above it on the page, which the test moves line by line.";

  static Paragraph para(String s) {
    return new Paragraph(List.of(text(s)), G);
  }

  /** Lines of body text (one-line paragraphs) before {@code tail}, so it starts lower and lower. */
  static Book book(int fillers, List<Block> tail) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(1, "start", List.of(text("Start")), G));
    for (int i = 0; i < fillers; i++) blocks.add(para("Filler line " + i + "."));
    blocks.addAll(tail);
    return new Book(TestBooks.metadata("Rules"), List.of(new Division(DivisionKind.CHAPTER, "ch01", blocks)));
  }

  /** Per page, the role of each text line's block (H1, H2, P), top to bottom. */
  static List<List<StructRole>> lineRoles(LaidOutBook book) {
    Map<Integer, StructRole> blockRole = new HashMap<>();
    index(book.structure(), null, blockRole);
    List<List<StructRole>> out = new ArrayList<>();
    for (Page p : book.pages()) {
      TreeMap<Long, StructRole> lines = new TreeMap<>((a, b) -> Long.compare(b, a));
      for (PageElement e : p.elements()) {
        if (e instanceof GlyphRun r && !r.tag().isArtifact()) lines.putIfAbsent(r.baseline(), blockRole.get(r.tag().structId()));
      }
      out.add(new ArrayList<>(lines.values()));
    }
    return out;
  }

  private static void index(StructNode n, StructRole block, Map<Integer, StructRole> out) {
    StructRole r = n.role();
    StructRole b = r == StructRole.PARAGRAPH || r == StructRole.HEADING_1 || r == StructRole.HEADING_2 || r == StructRole.HEADING_3 ? r : block;
    out.put(n.id(), b);
    for (StructNode c : n.children()) index(c, b, out);
  }

  static boolean isHeading(StructRole r) {
    return r == StructRole.HEADING_1 || r == StructRole.HEADING_2 || r == StructRole.HEADING_3;
  }

  /** Problems: a heading with fewer than two text lines after it on its page (unless the text ends). */
  static List<String> lonelyHeadings(List<List<StructRole>> pages) {
    List<String> problems = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      List<StructRole> lines = pages.get(p);
      boolean lastPage = p == pages.size() - 1;
      for (int i = 0; i < lines.size(); i++) {
        if (!isHeading(lines.get(i))) continue;
        int text = 0;
        for (int j = i + 1; j < lines.size() && text < 2; j++) {
          if (isHeading(lines.get(j))) continue;
          text++;
        }
        if (text < 2 && !lastPage) problems.add("page " + (p + 1) + ": " + lines);
      }
    }
    return problems;
  }

  static void sweep(IntFunction<Book> books) {
    List<String> problems = new ArrayList<>();
    for (int fillers = 20; fillers < 50; fillers++) {
      Diagnostics d = new Diagnostics();
      LaidOutBook laid = Typesetter.typeset(books.apply(fillers), FontSet.bundled(), d).orElseThrow().book();
      assertFalse(d.hasErrors());
      for (String s : lonelyHeadings(lineRoles(laid))) problems.add(fillers + " fillers, " + s);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void twoHeadingsInARowStayTogetherWithTheirText() {
    sweep(n -> book(n, List.of(new Heading(1, "a", List.of(text("A section")), G),
        new Heading(2, "b", List.of(text("Its first subsection")), G), para(LONG), para(LONG))));
  }

  @Test
  void aHeadingOverAOneLineParagraphKeepsTwoLinesOfText() {
    sweep(n -> book(n, List.of(new Heading(2, "a", List.of(text("A subsection")), G),
        para("One line only."), para(LONG), para(LONG))));
  }

  @Test
  void theSweepReachesThePageBottom() {
    // The sweep must move the heading across a page break to prove anything.
    Diagnostics d = new Diagnostics();
    List<List<StructRole>> first = lineRoles(Typesetter.typeset(book(20, List.of()), FontSet.bundled(), d).orElseThrow().book());
    List<List<StructRole>> last = lineRoles(Typesetter.typeset(book(49, List.of()), FontSet.bundled(), d).orElseThrow().book());
    assertEquals(1, first.size());
    assertTrue(last.size() >= 2, "pages: " + last.size());
  }
}

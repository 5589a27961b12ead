package cz.sazba.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.font.FontSet;
import cz.sazba.manuscript.ManuscriptReader;
import cz.sazba.model.Book;
import cz.sazba.model.Document;
import cz.sazba.model.ModelRewriter;
import cz.sazba.model.Table;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Severity;
import cz.sazba.transform.Transforms;
import cz.sazba.typeset.page.Frame;
import cz.sazba.typeset.page.FrameKind;
import cz.sazba.typeset.page.Glyph;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.Page;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Rule;
import cz.sazba.typeset.page.Sp;
import cz.sazba.typeset.page.StructNode;
import cz.sazba.typeset.page.StructRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables as laid out: nothing outside the text block, no overfull line; a table too wide for
 * its type is set smaller, down to the floor, then refused; the structure has the table's parts
 * once, however many pages repeat its header; a numbered caption says "Tabulka" in a Czech book.
 */
class TableLayoutTest {
  private static final Path SAMPLE = TestBooks.projectDir().resolve("src/test/resources/cz/sazba/tables");

  private static Book read(Path dir, Diagnostics d) {
    Document doc = ManuscriptReader.read(dir, d).orElseThrow(() -> new AssertionError(format(d)));
    return Transforms.apply(doc, d);
  }

  private static String format(Diagnostics d) {
    return d.sorted().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
  }

  private static Optional<TypesetResult> typeset(Book book, Diagnostics d) {
    return Typesetter.typeset(book, FontSet.bundled(), d);
  }

  private static void assertInsideTextBlock(TypesetResult r) {
    PageDesign design = PageDesign.of(r.book().metadata().layout());
    for (Page p : r.book().pages()) {
      long left = design.page().textLeft(p.index());
      long right = left + design.page().textWidth();
      for (Frame box : p.frames(FrameKind.BOX)) {
        for (PageElement e : box.allElements()) {
          if (e instanceof GlyphRun run && !run.glyphs().isEmpty()) {
            Glyph first = run.glyphs().get(0);
            Glyph last = run.glyphs().get(run.glyphs().size() - 1);
            long end = last.x() + Sp.scale(run.face().advance(last.glyphId()), run.size(), run.face().unitsPerEm());
            assertTrue(first.x() >= left - Sp.PER_POINT && end <= right + Sp.PER_POINT,
                "page " + p.label() + ": a table's text runs out of the text block: " + run);
          } else if (e instanceof Rule rule) {
            assertTrue(rule.left() >= left && rule.left() + rule.width() <= right, "page " + p.label() + ": rule " + rule
                + " outside " + left + ".." + right);
          }
        }
      }
    }
  }

  @Test
  void theSampleSetsInsideTheTextBlockWithoutAWarning() {
    Diagnostics d = new Diagnostics();
    TypesetResult r = typeset(read(SAMPLE, d), d).orElseThrow(() -> new AssertionError(format(d)));
    assertEquals("", format(d), "no diagnostic at all, no overfull line");
    assertInsideTextBlock(r);
    // Each page starts later in the book than the one before: a continued table's page at its
    // first row of its own, not at the repeated header (the EPUB's page list follows these).
    cz.sazba.model.Locator previous = null;
    for (Page p : r.book().pages()) {
      if (p.start().isEmpty() || p.start().get().divisionId().isEmpty()) continue;
      cz.sazba.model.Locator at = p.start().get();
      if (previous != null && previous.divisionId().equals(at.divisionId())) {
        assertTrue(at.compareTo(previous) > 0, "page " + p.label() + " starts at " + at + ", after " + previous);
      }
      previous = at;
    }
    // One Table element per table, one TH per header cell: repeated headers are not in the structure.
    List<StructRole> roles = new ArrayList<>();
    collect(r.book().structure(), roles);
    assertEquals(6, roles.stream().filter(x -> x == StructRole.TABLE).count());
    assertEquals(4 + 3 + 3 + 2 + 2 + 4, roles.stream().filter(x -> x == StructRole.TABLE_COLUMN_HEADER).count());
    assertEquals(5, roles.stream().filter(x -> x == StructRole.TABLE_CAPTION).count(), "the long-row table has no caption");
  }

  private static void collect(StructNode n, List<StructRole> out) {
    out.add(n.role());
    for (StructNode c : n.children()) collect(c, out);
  }

  private static Path manuscript(Path dir, String lang, String chapter) throws Exception {
    Files.writeString(dir.resolve("metadata.yaml"), "title: T\nlang: " + lang + "\nauthor: A\nrights: © 2026 A\n"
        + "license:\n  id: CC0-1.0\n  name: CC0 1.0 Universal\n  url: https://creativecommons.org/publicdomain/zero/1.0/\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("01.md"), chapter, StandardCharsets.UTF_8);
    return dir;
  }

  /** A pipe table of {@code columns} columns, each holding one long word. */
  private static String wideTable(int columns) {
    StringBuilder s = new StringBuilder("# Wide\n\nText.\n\n|");
    for (int c = 0; c < columns; c++) s.append(" H").append(c).append(" |");
    s.append("\n|");
    for (int c = 0; c < columns; c++) s.append("---|");
    s.append("\n|");
    for (int c = 0; c < columns; c++) s.append(" Donaudampfschiff").append(c).append(" |");
    return s.append("\n").toString();
  }

  private static long smallestTableSize(TypesetResult r) {
    long smallest = Long.MAX_VALUE;
    for (Page p : r.book().pages()) {
      for (Frame box : p.frames(FrameKind.BOX)) {
        for (PageElement e : box.allElements()) if (e instanceof GlyphRun run) smallest = Math.min(smallest, run.size());
      }
    }
    return smallest;
  }

  @Test
  void aWideTableShrinksToTheFloorThenIsAnError(@TempDir Path dir) throws Exception {
    PageDesign design = null;
    boolean shrunk = false;
    boolean refused = false;
    for (int columns = 2; columns <= 12 && !refused; columns++) {
      Path m = Files.createDirectories(dir.resolve("c" + columns));
      Diagnostics d = new Diagnostics();
      Optional<TypesetResult> r = typeset(read(manuscript(m, "en", wideTable(columns)), d), d);
      List<Diagnostic> errors = d.sorted().stream().filter(x -> x.severity() == Severity.ERROR).toList();
      if (errors.isEmpty()) {
        TypesetResult t = r.orElseThrow();
        design = PageDesign.of(t.book().metadata().layout());
        assertInsideTextBlock(t);
        long size = smallestTableSize(t);
        assertTrue(size >= design.tables().minimumSize(), "never below the floor");
        if (size < design.tables().text().size()) shrunk = true;
        assertFalse(d.sorted().stream().anyMatch(x -> x.code().equals("line-overfull")), format(d));
      } else {
        assertTrue(shrunk, "a table one column narrower was set in smaller type before this one is refused");
        assertEquals(1, errors.size(), format(d));
        assertEquals("table-too-wide", errors.get(0).code());
        // At the table's first line: the header line after "# Wide", a blank line, "Text." and a blank line.
        assertTrue(errors.get(0).span().location().endsWith("01.md:5:1"), errors.get(0).span().location());
        refused = true;
      }
    }
    assertTrue(refused, "twelve columns of long words do not fit an A5 page");
  }

  /**
   * A cell's width counts every word in it, found through the model's walk: a heading inside a
   * quote in a cell too (a hand-written walk once skipped it, and its long word ran out of the cell).
   */
  @Test
  void aHeadingInsideAQuoteInACellCountsForTheColumnsWidth(@TempDir Path dir) throws Exception {
    String chapter = "# Wide\n\nText.\n\n"
        + "+----------------------+----------------------------+\n"
        + "| Head                 | Right                      |\n"
        + "+======================+============================+\n"
        + "| > ### WWWWWWWWWWWWWW | a b                        |\n"
        + "+----------------------+----------------------------+\n";
    Diagnostics d = new Diagnostics();
    typeset(read(manuscript(dir, "en", chapter), d), d);
    List<Diagnostic> errors = d.sorted().stream().filter(x -> x.severity() == Severity.ERROR).toList();
    assertEquals(1, errors.size(), format(d));
    assertEquals("table-too-wide", errors.get(0).code());
  }

  @Test
  void aRowTallerThanAPageGoesOnInSlicesUnderTheRepeatedHeader(@TempDir Path dir) throws Exception {
    StringBuilder t = new StringBuilder("# Tall\n\n+--------+----------------------+\n| Key    | Items                |\n"
        + "+========+======================+\n| short  | one                  |\n+--------+----------------------+\n");
    t.append("| long   | - item 0             |\n");
    for (int i = 1; i < 90; i++) t.append("|        | - item ").append(String.format("%-14d", i)).append("|\n");
    t.append("+--------+----------------------+\n");
    Diagnostics d = new Diagnostics();
    TypesetResult r = typeset(read(manuscript(dir, "en", t.toString()), d), d).orElseThrow(() -> new AssertionError(format(d)));
    assertFalse(d.hasErrors(), format(d));
    assertInsideTextBlock(r);
    PageDesign design = PageDesign.of(r.book().metadata().layout());
    long bottom = design.page().marginBottom();
    long top = design.page().textTop();
    int pagesWithItems = 0;
    int next = 0;
    for (Page p : r.book().pages()) {
      StringBuilder text = new StringBuilder();
      for (Frame box : p.frames(FrameKind.BODY)) {
        for (PageElement e : box.allElements()) {
          if (e instanceof GlyphRun run) {
            assertTrue(run.baseline() >= bottom && run.baseline() <= top, "page " + p.label() + ": a line off the text block");
            for (Glyph g : run.glyphs()) text.append(g.text());
            text.append('|');
          }
        }
      }
      String s = text.toString();
      boolean any = false;
      while (s.contains("|item|" + next + "|") || s.contains("item|" + next + "|") || s.contains("item " + next + "|")) {
        next++;
        any = true;
      }
      if (any) {
        pagesWithItems++;
        assertTrue(s.contains("Key|") && s.contains("Items|"), "page " + p.label() + " repeats the header: " + s);
      }
    }
    assertEquals(90, next, "every item of the tall cell, in order");
    assertTrue(pagesWithItems >= 3, "the tall row goes on over " + pagesWithItems + " pages");
  }

  @Test
  void aNumberedCaptionSaysTabulkaOnceInACzechBook(@TempDir Path dir) throws Exception {
    Diagnostics d = new Diagnostics();
    Book book = read(manuscript(dir, "cs", "# Ceny\n\n: Ceny ovoce\n\n| Ovoce | Cena |\n|---|--:|\n| jablka | 32 Kč |\n"), d);
    TypesetResult r = typeset(book, d).orElseThrow(() -> new AssertionError(format(d)));
    StringBuilder text = new StringBuilder();
    for (Page p : r.book().pages()) {
      for (PageElement e : p.elements()) {
        if (e instanceof GlyphRun run) for (Glyph g : run.glyphs()) text.append(g.text());
      }
    }
    // The transforms number the caption; the layouter sets it as it is, the label once.
    String all = text.toString().replace('\u00A0', ' ');
    assertTrue(all.contains("Tabulka 1: Ceny ovoce"), all);
    assertEquals(1, all.split("Tabulka", -1).length - 1, all);
  }
}

package cz.sazba.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.font.FontSet;
import cz.sazba.model.Book;
import cz.sazba.model.Inline;
import cz.sazba.model.Layout;
import cz.sazba.source.Diagnostics;
import cz.sazba.typeset.page.Glyph;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.Page;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Sp;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TypesetterTest {

  private static TypesetResult typeset(Book book) {
    Diagnostics d = new Diagnostics();
    TypesetResult r = Typesetter.typeset(book, FontSet.bundled(), d).orElseThrow();
    assertFalse(d.hasErrors(), () -> d.sorted().toString());
    return r;
  }

  /** The text a reader copies: glyph texts, ActualText where given, a space between lines. */
  static String readingText(List<Page> pages) {
    StringBuilder s = new StringBuilder();
    for (Page p : pages) {
      for (PageElement e : p.elements()) {
        if (e instanceof GlyphRun r && !r.tag().isArtifact()) {
          s.append(r.actualText().orElse(r.text()));
          s.append('\u0001');
        }
      }
    }
    // Runs are glued within a line; a line's end acts as a space unless a word was broken there.
    return s.toString().replace("\u0001", "");
  }

  @Test
  void everyWordOfTheArticleIsSetInOrder() throws Exception {
    List<List<Inline>> paragraphs = new ArrayList<>();
    for (String p : TestBooks.articleParagraphs()) paragraphs.add(List.of(TestBooks.text(p)));
    paragraphs.add(TestBooks.czechMotto());
    TypesetResult r = typeset(TestBooks.book(paragraphs));
    List<String> expected = cz.sazba.testing.ArticleText.words(String.join(" ", TestBooks.articleParagraphs()));
    String set = wordsOnly(r.book().pages());
    List<String> actual = cz.sazba.testing.ArticleText.words(set);
    // Whole words (hyphenated ones read through their ActualText), all of them, in order.
    assertEquals(1.0, cz.sazba.testing.ArticleText.inOrderShare(expected, actual),
        () -> "missing: " + cz.sazba.testing.ArticleText.missing(expected, actual));
    assertTrue(set.contains("Se Sovětským svazem na věčné časy!"), set);
  }

  /** Lines' text in reading order with whole words: glyph runs joined, lines joined by a space. */
  private static String wordsOnly(List<Page> pages) {
    StringBuilder s = new StringBuilder();
    for (Page p : pages) {
      TreeMap<Long, StringBuilder> lines = new TreeMap<>((a, b) -> Long.compare(b, a));
      for (PageElement e : p.elements()) {
        if (e instanceof GlyphRun r && !r.tag().isArtifact()) {
          lines.computeIfAbsent(r.baseline(), k -> new StringBuilder()).append(r.actualText().orElse(r.text()));
        }
      }
      for (StringBuilder line : lines.values()) {
        if (line.length() == 0) continue;
        s.append(line).append(' ');
      }
    }
    return s.toString().replaceAll("\\s+", " ").replace("\u00A0", " ");
  }

  @Test
  void justifiedLinesMeetTheRightEdge() throws Exception {
    List<List<Inline>> paragraphs = new ArrayList<>();
    for (String p : TestBooks.articleParagraphs()) paragraphs.add(List.of(TestBooks.text(p)));
    TypesetResult r = typeset(TestBooks.book(paragraphs));
    PageDesign style = PageDesign.of(Layout.defaults());
    int full = 0;
    int short_ = 0;
    for (Page p : r.book().pages()) {
      TreeMap<Long, Long> rightEdge = new TreeMap<>();
      TreeMap<Long, StringBuilder> texts = new TreeMap<>();
      for (PageElement e : p.elements()) {
        if (!(e instanceof GlyphRun run) || run.tag().isArtifact()) continue;
        Glyph last = run.glyphs().get(run.glyphs().size() - 1);
        if (last.text().equals(" ")) continue;
        long end = last.x() + Sp.scale(run.face().advance(last.glyphId()), run.size(), run.face().unitsPerEm());
        rightEdge.merge(run.baseline(), end, Math::max);
        texts.computeIfAbsent(run.baseline(), k -> new StringBuilder()).append(run.text());
      }
      long right = style.page().textLeft(p.index()) + style.page().textWidth();
      for (var entry : rightEdge.entrySet()) {
        long end = entry.getValue();
        assertTrue(end <= right + Sp.of(5), "line sticks out by " + Sp.toPoints(end - right) + " pt on page " + p.label()
            + ": " + texts.get(entry.getKey()));
        String t = texts.get(entry.getKey()).toString().strip();
        char lastChar = t.charAt(t.length() - 1);
        // A line ends on the edge exactly, or its final mark hangs out by less than its own width.
        boolean onEdge = Math.abs(end - right) < Sp.of(0.01)
            || ".,;:-’”!?)".indexOf(lastChar) >= 0 && end > right && end - right < Sp.of(4);
        if (onEdge) full++;
        else short_++;
      }
    }
    // Short lines are the last lines of paragraphs (and the heading): at most one per paragraph.
    int paragraphCount = TestBooks.articleParagraphs().size() + 1;
    assertTrue(short_ <= paragraphCount, "lines not on the edge: " + short_ + ", on it: " + full);
    assertTrue(full > 3 * paragraphCount, "lines on the edge: " + full);
  }

  @Test
  void noGlyphIsNotdef() throws Exception {
    List<List<Inline>> paragraphs = new ArrayList<>();
    for (String p : TestBooks.articleParagraphs()) paragraphs.add(List.of(TestBooks.text(p)));
    paragraphs.add(TestBooks.czechMotto());
    for (Page p : typeset(TestBooks.book(paragraphs)).book().pages()) {
      for (PageElement e : p.elements()) {
        if (e instanceof GlyphRun r) for (Glyph g : r.glyphs()) assertTrue(g.glyphId() != 0, "notdef for " + g.text());
      }
    }
  }

  @Test
  void aLongListBreaksBetweenItems() {
    List<cz.sazba.model.ListItem> items = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      items.add(new cz.sazba.model.ListItem(List.of(new cz.sazba.model.Paragraph(
          List.of(TestBooks.text("Item number " + i + " of a long list.")), cz.sazba.source.Span.GENERATED)),
          cz.sazba.source.Span.GENERATED));
    }
    Book book = new Book(TestBooks.metadata("Lists"), List.of(new cz.sazba.model.Division(
        cz.sazba.model.DivisionKind.CHAPTER, "ch01", List.of(
            new cz.sazba.model.Heading(1, "h", List.of(TestBooks.text("A list")), cz.sazba.source.Span.GENERATED),
            new cz.sazba.model.ListBlock(true, 1, items, cz.sazba.source.Span.GENERATED)))));
    Diagnostics d = new Diagnostics();
    TypesetResult r = Typesetter.typeset(book, FontSet.bundled(), d).orElseThrow();
    assertEquals(List.of(), d.sorted(), "no forced page break");
    assertTrue(r.book().pages().size() >= 3, "pages: " + r.book().pages().size());
  }

  @Test
  void aTwoLineTitleIsSetInBalancedLines() {
    Book book = new Book(TestBooks.metadata("t"), List.of(new cz.sazba.model.Division(
        cz.sazba.model.DivisionKind.TITLE_PAGE, "title", List.of(new cz.sazba.model.TitlePage(
            "Czechoslovakia\u2013Soviet Union relations", java.util.Optional.empty(), List.of("Wikipedia contributors"),
            cz.sazba.source.Span.GENERATED)))));
    Diagnostics d = new Diagnostics();
    Page page = Typesetter.typeset(book, FontSet.bundled(), d).orElseThrow().book().pages().get(0);
    assertEquals(List.of(), d.sorted());
    TreeMap<Long, long[]> extent = new TreeMap<>();
    for (PageElement e : page.elements()) {
      if (!(e instanceof GlyphRun r) || r.size() <= Sp.of(20)) continue;
      Glyph last = r.glyphs().get(r.glyphs().size() - 1);
      long end = last.x() + Sp.scale(r.face().advance(last.glyphId()), r.size(), r.face().unitsPerEm());
      extent.merge(r.baseline(), new long[] {r.glyphs().get(0).x(), end},
          (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }
    assertEquals(2, extent.size(), "two title lines");
    long[] widths = extent.values().stream().mapToLong(x -> x[1] - x[0]).toArray();
    double ratio = Math.min(widths[0], widths[1]) / (double) Math.max(widths[0], widths[1]);
    assertTrue(ratio > 0.6, "the shorter line is " + ratio + " of the longer");
  }

  @Test
  void onlyABookWithContentsIsLaidOutTwice() throws Exception {
    List<List<Inline>> paragraphs = new ArrayList<>();
    for (String p : TestBooks.articleParagraphs()) paragraphs.add(List.of(TestBooks.text(p)));
    Book plain = TestBooks.book(paragraphs);
    assertEquals(1, Typesetter.layOut(plain, FontSet.bundled(), new Diagnostics()).passes());
    List<cz.sazba.model.Division> divisions = new ArrayList<>();
    divisions.add(new cz.sazba.model.Division(cz.sazba.model.DivisionKind.CONTENTS, "contents", List.of(
        new cz.sazba.model.ContentsList(List.of(new cz.sazba.model.ContentsEntry(1, "first",
            List.of(TestBooks.text("A first section")))), cz.sazba.source.Span.GENERATED))));
    divisions.addAll(plain.divisions());
    Diagnostics d = new Diagnostics();
    Typesetter.Layouts withContents = Typesetter.layOut(new Book(plain.metadata(), divisions), FontSet.bundled(), d);
    // The first pass numbers the contents "0"; the second has the real page, and nothing moves.
    assertEquals(2, withContents.passes());
    assertEquals(List.of(), d.sorted());
  }

  @Test
  void aCharacterNoFontHasStopsTheBuild() {
    Book book = TestBooks.book(List.of(List.of(TestBooks.text("A character no font here has: \u4E00."))));
    Diagnostics d = new Diagnostics();
    assertTrue(Typesetter.typeset(book, FontSet.bundled(), d).isEmpty());
    assertEquals(1, d.sorted().size());
    assertTrue(d.sorted().get(0).message().contains("U+4E00"), d.sorted().get(0).message());
  }
}

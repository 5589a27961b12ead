package cz.sazba.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Inlines;
import cz.sazba.model.Locator;
import cz.sazba.model.Paragraph;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page-break markers land where the print edition's pages start, at word starts, outside tags. */
class PageBreaksTest {
  static final Instant MODIFIED = Instant.parse("2024-05-01T10:15:30Z");

  /** Offset of {@code needle} plus {@code extra} in the plain text of a paragraph of chapter 1. */
  static int offsetIn(int block, String needle, int extra) {
    Paragraph p = (Paragraph) SampleBook.book().divisions().get(3).blocks().get(block);
    int at = Inlines.plainText(p.content()).indexOf(needle);
    if (at < 0) throw new AssertionError(needle);
    return at + extra;
  }

  static PrintPage page(String label, String division, List<Integer> path, int offset) {
    return new PrintPage(label, new Locator(division, path, offset));
  }

  static List<PrintPage> pages() {
    return List.of(
        page("i", "title", List.of(0), 0),
        page("ii", "colophon", List.of(0), 0),
        page("iii", "contents", List.of(0, 0), 0),
        page("1", "ch01", List.of(0), 0),
        page("2", "ch01", List.of(1), offsetIn(1, "p.\u00a0158", 3)), // inside the citation's brackets
        page("3", "ch01", List.of(3), offsetIn(3, "socialistick\u00e1", 5)), // mid-word
        page("4", "ch01", List.of(6, 1), 2),
        page("5", "ch01", List.of(7, 1, 0), 4),
        page("6", "ch02", List.of(1, 1), 10));
  }

  @Test
  void wordStartMovesBackToTheStartOfTheWord() {
    assertEquals(4, PageBreaks.wordStart("the Prague Spring", 6));
    assertEquals(4, PageBreaks.wordStart("the Prague Spring", 4));
    assertEquals(0, PageBreaks.wordStart("the", 2));
    assertEquals(17, PageBreaks.wordStart("the Prague Spring", 99), "past the end: the end");
    assertEquals(0, PageBreaks.wordStart("a\u00a0b", 2), "a no-break space is not a word boundary");
  }

  @Test
  void markersStandAtWordStartsAndOutsideCitations() {
    EpubFiles epub = EpubFiles.of(EpubWriter.write(SampleBook.book(), SampleBook.fonts(), MODIFIED, pages()));
    String ch1 = epub.text("OEBPS/ch01.xhtml");
    assertTrue(ch1.contains("\u010ceskoslovensk\u00e1 " + marker("3") + "socialistick\u00e1"), ch1);
    assertTrue(ch1.contains("after 1945 " + marker("2") + "<a class=\"citation\""), "before the bracket: " + ch1);
    assertTrue(ch1.contains(marker("1") + "\n<h1 id=\"relations\">"), "before the heading, not in it");
    assertTrue(ch1.contains("A " + marker("4") + "sentence in English"), ch1);
    assertTrue(ch1.contains("<li><p>the " + marker("5") + "invasion"), "offset 4 starts a word: stays");
    assertTrue(epub.text("OEBPS/title.xhtml").contains(marker("i")));
    assertTrue(epub.text("OEBPS/contents.xhtml").contains("<li>" + marker("iii") + "<a href="));
    String ch2 = epub.text("OEBPS/ch02.xhtml");
    assertTrue(ch2.contains("P. " + marker("6") + "<em>"), ch2);
  }

  @Test
  void pageListNavListsEveryPageInPrintOrder() {
    EpubFiles epub = EpubFiles.of(EpubWriter.write(SampleBook.book(), SampleBook.fonts(), MODIFIED, pages()));
    String nav = epub.text("OEBPS/nav.xhtml");
    assertTrue(nav.contains("epub:type=\"page-list\""));
    int last = -1;
    for (PrintPage p : pages()) {
      int at = nav.indexOf("<a href=\"" + p.start().divisionId() + ".xhtml#page-" + p.label() + "\">" + p.label() + "</a>");
      assertTrue(at > last, "page " + p.label() + " listed after the one before");
      last = at;
    }
    String opf = epub.text("OEBPS/content.opf");
    assertTrue(opf.contains("<meta property=\"schema:accessibilityFeature\">pageNavigation</meta>"));
    assertTrue(opf.contains("<meta property=\"schema:accessibilityFeature\">pageBreakMarkers</meta>"));
  }

  @Test
  void noPagesMeansNoPageListAndNoMarkers() {
    EpubFiles epub = EpubFiles.of(EpubWriter.write(SampleBook.book(), SampleBook.fonts(), MODIFIED, List.of()));
    assertFalse(epub.text("OEBPS/nav.xhtml").contains("page-list"));
    assertFalse(epub.text("OEBPS/ch01.xhtml").contains("pagebreak"));
    assertFalse(epub.text("OEBPS/content.opf").contains("pageNavigation"));
  }

  @Test
  void samePageLabelTwiceGetsTwoIds() {
    List<PrintPage> twice = List.of(page("7", "ch01", List.of(1), 0), page("7", "ch01", List.of(3), 0));
    String ch1 = EpubFiles.of(EpubWriter.write(SampleBook.book(), SampleBook.fonts(), MODIFIED, twice)).text("OEBPS/ch01.xhtml");
    assertTrue(ch1.contains("id=\"page-7\"") && ch1.contains("id=\"page-7-2\""), ch1);
  }

  @Test
  void aPageOutsideTheBookIsAProgrammingError() {
    List<PrintPage> bad = List.of(page("9", "ch01", List.of(6), 0)); // a quote is no leaf
    assertThrows(IllegalArgumentException.class, () -> EpubWriter.write(SampleBook.book(), SampleBook.fonts(), MODIFIED, bad));
    List<PrintPage> nowhere = List.of(page("9", "ch09", List.of(0), 0));
    assertThrows(IllegalArgumentException.class, () -> EpubWriter.write(SampleBook.book(), SampleBook.fonts(), MODIFIED, nowhere));
  }

  /**
   * A page that starts in a definition list (at a term, or in a term's second definition) gets
   * its marker at the path the PDF's locator names, so the page list's link has a target.
   */
  @Test
  void pagesStartingInADefinitionListAreMarked(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Files.writeString(dir.resolve("metadata.yaml"), "title: T\nlang: en-GB\nauthor: A\nrights: \u00a9 2026 A\n"
        + "license:\n  id: CC0-1.0\n  name: CC0 1.0 Universal\n  url: https://creativecommons.org/publicdomain/zero/1.0/\n");
    java.nio.file.Files.writeString(dir.resolve("01.md"),
        "# Fruit\n\napple\n:   red fruit\n:   computer maker\n\norange\n:   orange fruit\n");
    cz.sazba.source.Diagnostics d = new cz.sazba.source.Diagnostics();
    cz.sazba.model.Book book = cz.sazba.transform.Transforms.apply(cz.sazba.manuscript.ManuscriptReader.read(dir, d)
        .orElseThrow(() -> new AssertionError(d.sorted().toString())), d);
    List<PrintPage> pages = List.of(page("1", "ch01", List.of(0), 0),
        page("2", "ch01", List.of(1, 0, 2, 0), 9), // "computer |maker": item 0, its second definition
        page("3", "ch01", List.of(1, 1, 0), 0)); // the term "orange"
    byte[] bytes = EpubWriter.write(book, SampleBook.fonts(), MODIFIED, pages);
    String ch1 = EpubFiles.of(bytes).text("OEBPS/ch01.xhtml");
    assertTrue(ch1.contains("<dd><p>computer " + marker("2") + "maker</p>"), ch1);
    assertTrue(ch1.contains("<dt>" + marker("3") + "orange</dt>"), ch1);
    assertEquals(List.of(), cz.sazba.testing.EpubCheckRunner.check(bytes).stream()
        .filter(cz.sazba.testing.EpubCheckRunner.Finding::counts).toList(), "EPUBCheck: every page-list link has its target");
  }

  private static String marker(String label) {
    return "<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page-" + label + "\" aria-label=\"" + label + "\"/>";
  }
}

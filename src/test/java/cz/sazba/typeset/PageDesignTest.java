package cz.sazba.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.font.FontStyle;
import cz.sazba.model.Layout;
import cz.sazba.typeset.page.Sp;
import org.junit.jupiter.api.Test;

/**
 * The design's defaults are the numbers the layouters used to hold as literals (so the first book's
 * pages stay the same), written out here the way they were computed.
 */
class PageDesignTest {
  final Layout layout = Layout.defaults();
  final PageDesign d = PageDesign.of(layout);
  final long size = Sp.of(10.5);
  final long leading = Sp.of(13.5);

  @Test
  void pageAndBody() {
    assertEquals(Sp.of(Layout.mm(148)), d.page().width());
    assertEquals(Sp.of(Layout.mm(210)), d.page().height());
    assertEquals(Sp.of(Layout.mm(148)) - 2 * Sp.of(Layout.mm(17)), d.page().textWidth());
    assertEquals(Sp.of(Layout.mm(17)), d.page().textLeft(0));
    assertEquals(size, d.body().size());
    assertEquals(leading, d.body().leading());
    assertEquals(size, d.body().indent(), "the indent is one em");
    assertEquals(size, d.body().topSkip());
    assertEquals(8, d.body().tracking());
    assertEquals(Math.round(size * 1.5), d.body().emergencyStretch());
    assertEquals(2 * size, d.body().raggedStretch(size));
    assertEquals(100, d.body().brokenPagePenalty());
    assertEquals(Math.round(size * 0.857), d.small().size());
    assertEquals(Math.round(leading * 0.857), d.small().leading());
  }

  @Test
  void headingsOfSixLevels() {
    assertEquals(Math.round(size * 1.43), d.heading(1).size());
    assertEquals(Math.round(size * 1.19), d.heading(2).size());
    assertEquals(size, d.heading(3).size());
    assertEquals(2 * leading, d.heading(1).spaceBefore());
    assertEquals(leading, d.heading(2).spaceBefore());
    assertEquals(leading, d.heading(1).spaceAfter(), "one empty grid line below a level-1 heading");
    assertEquals(0, d.heading(2).spaceAfter());
    assertEquals(Math.round(Math.round(size * 1.43) * 1.25), d.heading(1).lineSkip());
    assertTrue(d.heading(1).runningHead());
    for (int level = 1; level <= 6; level++) {
      assertEquals(level, d.heading(level).level());
      assertEquals(2, d.heading(level).keepLines());
      if (level > 1) assertTrue(!d.heading(level).runningHead());
    }
    assertEquals(FontStyle.BOLD, d.heading(3).font());
    assertThrows(IllegalArgumentException.class, () -> d.heading(7));
  }

  @Test
  void blocksContentsReferencesTitle() {
    assertEquals(2 * size, d.blocks().quoteInset());
    assertEquals(2 * size, d.blocks().listHang());
    assertEquals(2 * size / 4, d.blocks().listLabelGap());
    assertEquals(d.small().leading() / 2, d.blocks().raggedParagraphSkip());
    long small = d.small().size();
    long smallLeading = d.small().leading();
    assertEquals(Math.round(small * 2.0), d.references().hang());
    assertEquals(small / 3, d.references().labelGap());
    assertEquals(smallLeading + smallLeading / 2, d.references().firstSkip());
    assertEquals(smallLeading + smallLeading / 3, d.references().entrySkip());
    assertEquals(size / 2, d.contents().numberGap());
    assertEquals(Math.round(size * 2.0), d.contents().numberRoom());
    assertEquals(2 * leading, d.contents().firstSkip());
    assertEquals(leading + leading / 2, d.contents().chapterSkip());
    assertEquals(size / 4, d.contents().linkBelow());
    assertEquals(size * 4 / 5, d.contents().linkAbove());
    assertEquals(d.page().textHeight() / 4, d.titlePage().top());
    assertEquals(Math.round(size * 2.1), d.titlePage().titleSize());
    assertEquals(Math.round(Math.round(size * 2.1) * 1.2), d.titlePage().titleLineSkip());
    assertEquals(4 * leading, d.titlePage().authorSkip());
  }

  @Test
  void runningHeadsAndFolios() {
    assertEquals(d.page().height() - d.page().marginTop() + leading, d.runningHead().baseline());
    assertEquals(FontStyle.ITALIC, d.runningHead().font());
    assertEquals(d.page().marginBottom() - 2 * leading, d.folio().baseline());
    assertEquals(d.small().size(), d.folio().size());
  }

  @Test
  void notesAndFloatsHaveTheirRoom() {
    assertEquals(d.small(), d.notes().text());
    assertTrue(d.notes().maxHeight() < d.page().textHeight());
    assertTrue(d.notes().ruleDrop() < d.notes().skip(), "the rule sits in the space above the notes");
    assertEquals(d.page().textHeight(), d.breakGeometry().textHeight());
    assertEquals(leading, d.floats().skip());
  }

  @Test
  void optionsReachTheDesign() {
    Layout big = new Layout(500, 700, 40, 40, 50, 30, 12, 15, Layout.FontFiles.bundled(), false);
    PageDesign b = PageDesign.of(big);
    assertEquals(Sp.of(12), b.body().size());
    assertEquals(Sp.of(15), b.body().leading());
    assertEquals(Sp.of(50), b.page().textLeft(0));
    assertEquals(Sp.of(30), b.page().textLeft(1));
    assertEquals(false, b.body().hyphenate());
  }
}

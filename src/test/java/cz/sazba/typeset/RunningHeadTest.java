package cz.sazba.typeset;

import static cz.sazba.typeset.TestBooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.font.FontSet;
import cz.sazba.model.Block;
import cz.sazba.model.Book;
import cz.sazba.model.Division;
import cz.sazba.model.DivisionKind;
import cz.sazba.model.Heading;
import cz.sazba.model.Layout;
import cz.sazba.model.Paragraph;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Span;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.Page;
import cz.sazba.typeset.page.PageElement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Running heads: none on a chapter's first page; the book on versos, the section on rectos. */
class RunningHeadTest {
  static final Span G = Span.GENERATED;

  @Test
  void versosCarryTheBookAndRectosTheSection() {
    String sentence = "A sentence of ordinary length that makes the paragraph run over several lines of the page. ";
    List<Block> blocks = new ArrayList<>();
    for (int s = 1; s <= 3; s++) {
      blocks.add(new Heading(1, "s" + s, List.of(text("Section " + s)), G));
      for (int p = 0; p < 12; p++) blocks.add(new Paragraph(List.of(text(sentence.repeat(4))), G));
    }
    Book book = new Book(TestBooks.metadata("The Book"), List.of(new Division(DivisionKind.CHAPTER, "ch", blocks)));
    List<Page> pages = Typesetter.typeset(book, FontSet.bundled(), new Diagnostics()).orElseThrow().book().pages();
    PageDesign style = PageDesign.of(Layout.defaults());
    long headBaseline = style.page().height() - style.page().marginTop() + style.body().leading();
    assertTrue(pages.size() >= 5, "pages: " + pages.size());
    String section = null;
    for (Page p : pages) {
      String head = null;
      for (PageElement e : p.elements()) {
        if (e instanceof GlyphRun r && r.tag().isArtifact() && r.baseline() == headBaseline) head = r.text();
        if (e instanceof GlyphRun r && !r.tag().isArtifact() && r.text().startsWith("Section ")) section = r.text();
      }
      if (p.index() == 0) assertEquals(null, head, "the chapter's first page");
      else if (p.index() % 2 == 1) assertEquals("The Book", head, "verso " + p.label());
      else assertEquals(section, head, "recto " + p.label());
    }
  }
}

package cz.sazba.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import cz.sazba.typeset.page.OutlineEntry;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.StructNode;
import cz.sazba.typeset.page.StructRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Headings of levels 1 to 6: each in its level's style, tagged by level, nested in the outline. */
class HeadingLevelsTest {
  @Test
  void sixLevels() {
    List<Block> blocks = new ArrayList<>();
    for (int level = 1; level <= 6; level++) {
      blocks.add(new Heading(level, "h" + level, List.of(TestBooks.text("Level " + level)), Span.GENERATED));
      blocks.add(new Paragraph(List.of(TestBooks.text("Text under a heading of level " + level + ".")), Span.GENERATED));
    }
    Book book = new Book(TestBooks.metadata("Levels"), List.of(new Division(DivisionKind.CHAPTER, "ch", blocks)));
    LaidOutBook laid = Typesetter.typeset(book, FontSet.bundled(), new Diagnostics()).orElseThrow().book();

    Map<Integer, StructRole> roles = new HashMap<>();
    PageStartTest.index(laid.structure(), roles);
    PageDesign design = PageDesign.of(book.metadata().layout());
    int seen = 0;
    for (PageElement e : laid.pages().get(0).elements()) {
      if (!(e instanceof GlyphRun r) || r.tag().isArtifact() || !r.text().startsWith("Level ")) continue;
      int level = Integer.parseInt(r.text().substring(6));
      assertEquals(StructRole.heading(level), roles.get(r.tag().structId()));
      assertEquals(design.heading(level).size(), r.size());
      assertEquals(FontSet.bundled().face(design.heading(level).font()), r.face());
      seen++;
    }
    assertEquals(6, seen);

    // Each level nests under the one above it.
    OutlineEntry e = laid.outline().get(0);
    for (int level = 2; level <= 6; level++) {
      assertEquals(1, e.children().size());
      e = e.children().get(0);
      assertEquals("h" + level, e.anchorId());
    }
    StructNode sect = laid.structure().children().get(0);
    assertEquals(StructRole.HEADING_6, sect.children().get(10).role());
  }
}

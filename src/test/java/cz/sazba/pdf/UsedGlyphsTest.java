package cz.sazba.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.font.FontFace;
import cz.sazba.font.ShapedText;
import cz.sazba.typeset.page.Glyph;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * The glyphs a book shows, gone through in runs of pages on threads, are what going through the
 * pages in order gives: the faces in order of first use, each glyph's first text, and which runs
 * need an ActualText because a glyph of theirs first stood for other text, also where a run of
 * pages saw a glyph first with the text an earlier run of pages did not give it.
 */
class UsedGlyphsTest {
  private static final String[] WORDS = {"relations", "Soviet", "office", "treaty", "Czech", "war", "a", "α"};

  @Test
  void runsOfPagesOnThreadsGiveWhatThePagesInOrderGive() {
    List<FontFace> faces = List.of(TestBook.regular(), TestBook.italic(), TestBook.bold());
    int a = TestBook.regular().glyphId('a');
    Random random = new Random(3);
    List<List<PageElement>> pages = new ArrayList<>();
    List<GlyphRun> runs = new ArrayList<>();
    for (int p = 0; p < 5 * UsedGlyphs.PAGES_PER_TASK + 7; p++) {
      List<PageElement> page = new ArrayList<>();
      // The bold face comes in only later in the book.
      int facesHere = p < 2 * UsedGlyphs.PAGES_PER_TASK ? 2 : 3;
      for (int r = 0; r < 6; r++) {
        GlyphRun run = run(faces.get(random.nextInt(facesHere)), WORDS[random.nextInt(WORDS.length - 2)]);
        page.add(run);
        runs.add(run);
      }
      // The glyph of "a" also standing for "α": first in the book as "a" (page 1); on the first
      // page of the third run of pages as "α" before any "a" there.
      if (p == 1 || p == 2 * UsedGlyphs.PAGES_PER_TASK || p % 29 == 5) {
        GlyphRun alpha = new GlyphRun(TestBook.regular(), 1000, 0, List.of(new Glyph(a, 0, p == 1 ? "a" : "α")),
            Optional.empty(), Tag.of(TestBook.P2));
        page.add(0, alpha);
        runs.add(alpha);
      }
      pages.add(page);
    }
    UsedGlyphs inOrder = UsedGlyphs.of(pages);
    ForkJoinPool pool = new ForkJoinPool(3);
    try {
      UsedGlyphs onThreads = UsedGlyphs.of(pages, pool);
      assertEquals(inOrder.faces(), onThreads.faces());
      for (FontFace face : inOrder.faces()) assertEquals(inOrder.glyphs(face), onThreads.glyphs(face));
      int withActualText = 0;
      for (GlyphRun run : runs) {
        assertEquals(inOrder.actualTextFor(run), onThreads.actualTextFor(run), run.text());
        if (inOrder.actualTextFor(run).isPresent()) withActualText++;
      }
      assertTrue(withActualText > 2, "the case is there: " + withActualText);
      assertEquals("a", inOrder.glyphs(TestBook.regular()).get(a));
    } finally {
      pool.shutdown();
    }
  }

  private static GlyphRun run(FontFace face, String text) {
    ShapedText shaped = face.shape(text, true);
    List<Glyph> glyphs = new ArrayList<>();
    long x = 0;
    for (int i = 0; i < shaped.glyphCount(); i++) {
      glyphs.add(new Glyph(shaped.glyphIds()[i], x, shaped.clusterText(i)));
      x += shaped.advances()[i];
    }
    return new GlyphRun(face, 1000, 0, glyphs, Optional.empty(), Tag.of(TestBook.P2));
  }
}

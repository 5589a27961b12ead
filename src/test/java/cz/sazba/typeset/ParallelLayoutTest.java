package cz.sazba.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.font.FontSet;
import cz.sazba.model.Book;
import cz.sazba.model.ContentsEntry;
import cz.sazba.model.ContentsList;
import cz.sazba.model.Division;
import cz.sazba.model.DivisionKind;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Paragraph;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Span;
import cz.sazba.typeset.page.LaidOutBook;
import cz.sazba.typeset.page.StructNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Divisions are laid out each on its own: on one thread or two, with or without the shaped-word
 * cache, the book comes out the same, structure ids included.
 */
class ParallelLayoutTest {
  static Book book() throws Exception {
    List<String> paragraphs = TestBooks.articleParagraphs();
    List<Division> divisions = new ArrayList<>();
    List<ContentsEntry> entries = new ArrayList<>();
    for (int c = 1; c <= 4; c++) entries.add(new ContentsEntry(1, "s" + c, List.of(TestBooks.text("Chapter " + c))));
    divisions.add(new Division(DivisionKind.CONTENTS, "contents", List.of(new ContentsList(entries, Span.GENERATED))));
    for (int c = 1; c <= 4; c++) {
      List<cz.sazba.model.Block> blocks = new ArrayList<>();
      blocks.add(new Heading(1, "s" + c, List.of(TestBooks.text("Chapter " + c)), Span.GENERATED));
      for (int p = 0; p < paragraphs.size(); p += c) {
        blocks.add(new Paragraph(List.<Inline>of(TestBooks.text(paragraphs.get(p))), Span.GENERATED));
      }
      divisions.add(new Division(DivisionKind.CHAPTER, "ch0" + c, blocks));
    }
    return new Book(TestBooks.metadata("Parallel"), divisions);
  }

  @Test
  void oneThreadTwoThreadsAndNoCacheGiveTheSameBook() throws Exception {
    Book book = book();
    FontSet fonts = FontSet.bundled();
    LaidOutBook one = Typesetter.typeset(book, fonts, new Diagnostics()).orElseThrow().book();
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      LaidOutBook parallel = Typesetter.typeset(book, fonts, new Diagnostics(),
          new Typesetter.Resources(two, ShapedWords.create())).orElseThrow().book();
      assertEquals(one, parallel);
    } finally {
      two.shutdown();
    }
    LaidOutBook uncached = Typesetter.typeset(book, fonts, new Diagnostics(),
        new Typesetter.Resources(Runnable::run, ShapedWords.none())).orElseThrow().book();
    assertEquals(one, uncached);
  }

  /**
   * The hook for work that may take a core once every division is set (the EPUB's preparation)
   * runs once, however many passes the contents' page numbers take.
   */
  @Test
  void theWhenSetHookRunsOnceWhateverThePasses() throws Exception {
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
      java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
      Typesetter.Layouts layouts = Typesetter.layOut(book(), FontSet.bundled(), new Diagnostics(),
          new Typesetter.Resources(two, ShapedWords.create(), () -> {
            runs.incrementAndGet();
            ran.countDown();
          }));
      assertTrue(layouts.passes() > 1, "the contents took another pass");
      assertTrue(ran.await(10, java.util.concurrent.TimeUnit.SECONDS));
      two.shutdown();
      assertTrue(two.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS));
      assertEquals(1, runs.get());
    } finally {
      two.shutdownNow();
    }
  }

  @Test
  void structureIdsRunInReadingOrderAcrossDivisions() throws Exception {
    LaidOutBook b = Typesetter.typeset(book(), FontSet.bundled(), new Diagnostics()).orElseThrow().book();
    List<Integer> ids = new ArrayList<>();
    collect(b.structure(), ids);
    for (int i = 0; i < ids.size(); i++) assertEquals(i, ids.get(i), "ids are 0, 1, 2, ... depth first");
    assertTrue(b.structure().children().size() == 5, "a Sect per division");
  }

  private static void collect(StructNode n, List<Integer> out) {
    out.add(n.id());
    for (StructNode c : n.children()) collect(c, out);
  }
}

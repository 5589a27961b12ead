package cz.sazba.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import cz.sazba.figures.FiguresModelTest;
import cz.sazba.font.FontSet;
import cz.sazba.model.Book;
import cz.sazba.source.Diagnostics;
import cz.sazba.typeset.Typesetter;
import cz.sazba.typeset.page.LaidOutBook;
import java.time.Instant;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PdfFile} writes what PDFBox's own writer ({@code PDDocument.save} without object
 * streams) writes, byte for byte: on the hand-made test book (links, notes, ActualText) and on
 * the samples (images, soft masks, figure boxes, tables, notes, lists, the first book's text).
 */
class PdfFileTest {
  private static final Instant WHEN = Instant.parse("2026-01-01T00:00:00Z");

  private static byte[] withPdfBox(LaidOutBook book) {
    // Not closed: that would close the COS document, which PdfWriter closes.
    return PdfWriter.write(book, WHEN,
        (cos, out) -> new org.apache.pdfbox.pdmodel.PDDocument(cos).save(out, CompressParameters.NO_COMPRESSION));
  }

  @Test
  void testBookAsPdfBoxWritesIt() {
    assertArrayEquals(withPdfBox(TestBook.book()), PdfWriter.write(TestBook.book(), WHEN));
  }

  @Test
  void figuresSampleAsPdfBoxWritesIt() {
    Diagnostics d = new Diagnostics();
    Book book = FiguresModelTest.book(FiguresModelTest.SAMPLE, d);
    LaidOutBook laid = Typesetter.typeset(book, FontSet.bundled(), d)
        .orElseThrow(() -> new AssertionError(d.sorted().toString())).book();
    assertArrayEquals(withPdfBox(laid), PdfWriter.write(laid, WHEN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"prose", "tables", "tables-nested", "fancy-lists", "figures-and-tables"})
  void sampleAsPdfBoxWritesIt(String sample) {
    assertSameAsPdfBox(cz.sazba.testing.Samples.dir(sample));
  }

  @Test
  void firstBookAsPdfBoxWritesIt() {
    assertSameAsPdfBox(cz.sazba.testing.ArticleText.projectDir().resolve("manuscript"));
  }

  /**
   * The objects written in runs on other threads, of one object each, of a few, of more than the
   * book has: the same file as PDFBox's, so a run that began in another line state, lost a
   * number, or read a note of another run's object would show.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7, 64, 100_000})
  void objectsWrittenInRunsOnThreadsAsPdfBoxWritesThem(int perTask) {
    Diagnostics d = new Diagnostics();
    Book book = cz.sazba.testing.Samples.book(cz.sazba.testing.ArticleText.projectDir().resolve("manuscript"), d);
    LaidOutBook laid = Typesetter.typeset(book, FontSet.bundled(), d)
        .orElseThrow(() -> new AssertionError(d.sorted().toString())).book();
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(3);
    try {
      for (LaidOutBook b : java.util.List.of(TestBook.book(), laid)) {
        assertArrayEquals(withPdfBox(b), PdfWriter.write(b, WHEN, (cos, out) -> PdfFile.write(cos, out, pool, perTask)),
            "runs of " + perTask);
      }
    } finally {
      pool.shutdown();
    }
  }

  private static void assertSameAsPdfBox(java.nio.file.Path manuscript) {
    Diagnostics d = new Diagnostics();
    Book book = cz.sazba.testing.Samples.book(manuscript, d);
    LaidOutBook laid = Typesetter.typeset(book, FontSet.bundled(), d)
        .orElseThrow(() -> new AssertionError(d.sorted().toString())).book();
    assertArrayEquals(withPdfBox(laid), PdfWriter.write(laid, WHEN), manuscript.toString());
  }
}

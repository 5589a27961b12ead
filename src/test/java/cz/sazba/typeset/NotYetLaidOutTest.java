package cz.sazba.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.font.FontSet;
import cz.sazba.model.Book;
import cz.sazba.model.Inline;
import cz.sazba.model.Note;
import cz.sazba.model.Paragraph;
import cz.sazba.model.SmallCaps;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.SourceFile;
import cz.sazba.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A kind the typesetter does not lay out yet stops the PDF with a diagnostic at the construct. */
class NotYetLaidOutTest {
  @Test
  void aFootnoteIsAnErrorAtItsMarkNotASilentDrop() throws Exception {
    SourceFile f = new SourceFile("01.md", "Text.[^1] And [small]{.smallcaps}.");
    Span mark = f.span(5, 9);
    Note note = new Note(List.of(new Paragraph(List.of(TestBooks.text("A note.")), Span.GENERATED)), mark);
    List<Inline> para = List.of(TestBooks.text("Text."), note, new SmallCaps(List.of(TestBooks.text("small")), f.span(14, 33)));
    Book book = TestBooks.book(List.of(para));
    Diagnostics d = new Diagnostics();
    assertTrue(Typesetter.typeset(book, FontSet.bundled(), d).isEmpty());
    List<Diagnostic> errors = d.sorted();
    assertEquals(2, errors.size(), errors.toString());
    assertEquals("pdf-unsupported-yet", errors.get(0).code());
    assertEquals(mark, errors.get(0).span());
    assertTrue(errors.get(1).message().startsWith("small caps"), errors.get(1).message());
  }
}

package cz.sazba.transform;

import cz.sazba.model.Chapter;
import cz.sazba.model.Document;
import cz.sazba.model.Inline;
import cz.sazba.model.ModelRewriter;
import cz.sazba.model.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers the footnotes through the book in reading order, as pandoc does: the label a mark
 * shows ({@code 1}, {@code 2}, ...) and the note's anchor ({@code fn1}; its mark is
 * {@code fn1-ref}). Numbering per chapter is a layout choice of the PDF side, left to it.
 */
final class NoteNumbering {
  private NoteNumbering() {}

  static Document apply(Document doc) {
    int[] count = {0};
    ModelRewriter numbering = new ModelRewriter() {
      @Override public List<Inline> visitNote(Note n) {
        int number = ++count[0];
        // The note's own blocks first would number a note in a note before its parent; the reader
        // refuses those, but the order stays the reading order either way.
        Note inner = (Note) super.visitNote(n).get(0);
        return List.of(new Note("fn" + number, Integer.toString(number), inner.blocks(), n.span()));
      }
    };
    List<Chapter> out = new ArrayList<>();
    for (Chapter c : doc.chapters()) out.add(new Chapter(c.file(), numbering.blocks(c.blocks())));
    return new Document(doc.metadata(), out);
  }
}

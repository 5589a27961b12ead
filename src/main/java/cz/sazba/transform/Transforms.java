package cz.sazba.transform;

import cz.sazba.model.Book;
import cz.sazba.model.Document;
import cz.sazba.source.Diagnostics;

/**
 * Runs the shared model steps in order: citations are numbered (and the reference list
 * formatted) first, so that the contents can list a generated references heading; sections and
 * footnotes are numbered next, so the contents show the numbers, then figures and tables, and the
 * cross-references to all three are resolved; the divisions
 * are made next; Czech spaces are fixed last, over everything, generated text included.
 */
public final class Transforms {
  private Transforms() {}

  public static Book apply(Document doc, Diagnostics diagnostics) {
    return apply(doc, diagnostics, Runnable::run);
  }

  /**
   * As above, the Czech spaces of runs of blocks fixed on {@code executor} and the caller's
   * thread together (the same book whatever runs them: each top-level block is scanned on its
   * own).
   */
  public static Book apply(Document doc, Diagnostics diagnostics, java.util.concurrent.Executor executor) {
    Document cited = CitationNumbering.apply(doc, diagnostics);
    Document numbered = CrossReferences.apply(NoteNumbering.apply(SectionNumbering.apply(cited)), diagnostics);
    Book divided = FrontMatter.apply(numbered, diagnostics);
    Book book = CzechNonBreakingSpaces.apply(divided, executor);
    AnchorCheck.check(book, diagnostics);
    return book;
  }
}

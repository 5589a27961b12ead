package cz.sazba.typeset;

import cz.sazba.typeset.page.LaidOutBook;
import java.util.List;

/** The laid-out book for the PDF, and where its pages start, for the EPUB's page list. */
public record TypesetResult(LaidOutBook book, List<PageStart> pageStarts) {
  public TypesetResult {
    pageStarts = List.copyOf(pageStarts);
  }
}

package cz.sazba.typeset.page;

import java.util.List;

/**
 * One page.
 *
 * @param index zero-based position in the book
 * @param label the page's number as printed (its folio), also used as the PDF page label
 */
public record Page(int index, String label, long width, long height, List<PageElement> elements) {
  public Page {
    elements = List.copyOf(elements);
  }
}

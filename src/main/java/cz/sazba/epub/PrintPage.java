package cz.sazba.epub;

import cz.sazba.model.Locator;
import java.util.Objects;

/**
 * Where a printed page of the PDF edition starts, so the EPUB can mark it: the page's label and
 * the {@link Locator} of its first text, the one name for a place that the typesetter and the
 * EPUB share.
 *
 * @param label the page number as printed ({@code 7}, {@code iv})
 */
public record PrintPage(String label, Locator start) {
  public PrintPage {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(start, "start");
    if (label.isBlank()) throw new IllegalArgumentException("blank page label");
  }
}

package cz.sazba.typeset.vertical;

import cz.sazba.model.Locator;
import cz.sazba.typeset.page.PageElement;
import java.util.List;
import java.util.Optional;

/**
 * A line of text ready for a page: its elements on baseline 0, x from the line's own start.
 *
 * @param left where the line starts, from the left edge of the area it is placed in
 * @param ascent height above the baseline, where anchors on the line point
 * @param anchors ids of the places that start on this line (a heading, an entry, a citation)
 * @param section text for the running heads of the pages from this one on (a chapter's title)
 * @param endsInBrokenWord the line ends with the first part of a hyphenated word
 */
public record Line(List<PageElement> elements, long left, long ascent, long topSkip, List<String> anchors,
    Optional<String> section, Locator locator, boolean endsInBrokenWord) implements Content {
  public Line {
    elements = List.copyOf(elements);
    anchors = List.copyOf(anchors);
  }

  @Override
  public long extent() {
    return 0;
  }

  /** The same line with other elements (a list label put in front of its text). */
  public Line withElements(List<PageElement> replaced) {
    return new Line(replaced, left, ascent, topSkip, anchors, section, locator, endsInBrokenWord);
  }

  /** The same line with other anchors. */
  public Line withAnchors(List<String> replaced) {
    return new Line(elements, left, ascent, topSkip, replaced, section, locator, endsInBrokenWord);
  }
}

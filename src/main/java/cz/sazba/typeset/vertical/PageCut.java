package cz.sazba.typeset.vertical;

import cz.sazba.model.Locator;
import java.util.List;
import java.util.Optional;

/**
 * One page's share of a division's material, not yet placed.
 *
 * @param body the main text's items (inserts and floats among them are ignored when placing:
 *     they are in {@code floats} and {@code inserts} where they go)
 * @param floats the material of each float at the top of the page, in order
 * @param inserts the material of each insert (or part of one) at the foot, in order
 * @param forced the page had to end where no break was allowed (a block taller than a page)
 * @param textSoFar the last place in the text set on this page or before it, for a page that
 *     holds only floats or continued notes
 */
public record PageCut(List<VItem> body, List<List<VItem>> floats, List<List<VItem>> inserts, boolean forced,
    Optional<Locator> textSoFar, List<Floating> inPlace) {
  /** A cut with no float set in the text. */
  public PageCut(List<VItem> body, List<List<VItem>> floats, List<List<VItem>> inserts, boolean forced,
      Optional<Locator> textSoFar) {
    this(body, floats, inserts, forced, textSoFar, List.of());
  }

  /** Whether {@code f}, an item of the body, is set where it stands (by identity: floats may be equal). */
  public boolean isInPlace(Floating f) {
    for (Floating g : inPlace) if (g == f) return true;
    return false;
  }

  public PageCut {
    inPlace = List.copyOf(inPlace);
    body = List.copyOf(body);
    floats = List.copyOf(floats);
    inserts = List.copyOf(inserts);
  }
}

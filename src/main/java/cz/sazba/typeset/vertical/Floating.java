package cz.sazba.typeset.vertical;

import cz.sazba.model.Locator;
import java.util.List;

/**
 * Material that floats to the top of a page (a figure or a table with its caption). Placed where
 * the text refers to it: at the top of that page if it fits there with everything else, else at
 * the top of the next page, and the text goes on meanwhile. Floats keep their order. Never split.
 *
 * @param material its lines and boxes (a small vertical list)
 * @param anchor where it stands in the text
 * @param inPlace set it where it stands, in the text, when it fits there (a figure); else it
 *     goes to the top of the next page as any float
 */
public record Floating(List<VItem> material, Locator anchor, boolean inPlace) implements VItem {
  /** A float that goes to the top of its page or of the next. */
  public Floating(List<VItem> material, Locator anchor) {
    this(material, anchor, false);
  }

  public Floating {
    material = List.copyOf(material);
    for (VItem i : material) {
      if (i instanceof Insert || i instanceof Floating) throw new IllegalArgumentException("inserts and floats do not nest");
    }
  }
}

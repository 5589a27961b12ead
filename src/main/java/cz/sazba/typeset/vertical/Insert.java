package cz.sazba.typeset.vertical;

import cz.sazba.model.Locator;
import java.util.List;

/**
 * Material for the foot of the page (a note). It belongs to the content right before it in the
 * division's list: it goes on that content's page, below a separator rule, and its height is
 * taken from that page's room. A note too long for the room left is split at an allowed penalty
 * of its own material; the rest opens the foot of the next page (and later notes wait behind it).
 *
 * @param material the note's own lines, glue and penalties (a small vertical list)
 * @param mark where the note's mark is in the text
 */
public record Insert(List<VItem> material, Locator mark) implements VItem {
  public Insert {
    material = List.copyOf(material);
    for (VItem i : material) {
      if (i instanceof Insert || i instanceof Floating) throw new IllegalArgumentException("inserts and floats do not nest");
    }
  }
}

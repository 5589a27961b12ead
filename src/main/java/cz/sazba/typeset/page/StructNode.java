package cz.sazba.typeset.page;

import cz.sazba.model.Lang;
import java.util.List;
import java.util.Optional;

/**
 * A node of the logical structure tree, which mirrors the book in reading order. Page elements
 * point to nodes by {@link #id()}; ids are unique in a tree and assigned in reading order.
 *
 * @param lang set where the language differs from the document's (a Czech passage)
 * @param alt alternate description (for a link: where it goes)
 * @param actualText replacement text for the whole element, when its glyphs do not read right
 */
public record StructNode(
    int id, StructRole role, Optional<Lang> lang, Optional<String> alt, Optional<String> actualText,
    List<StructNode> children) {
  public StructNode {
    children = List.copyOf(children);
  }
}

package cz.sazba.typeset.vertical;

import java.util.List;

/**
 * A mark for material that repeats at the top of every page a block continues on (a table's
 * header rows): from this mark on, a page that starts before the next {@code Repeat} (and before
 * the block's end, a {@code Repeat} with no material) opens with {@link #material()}. The
 * material takes room like any content; its elements should be artifacts, since the reader has
 * read them once already. The mark itself takes no room.
 */
public record Repeat(List<VItem> material) implements VItem {
  public Repeat {
    material = List.copyOf(material);
    for (VItem i : material) {
      if (i instanceof Insert || i instanceof Floating || i instanceof Repeat) {
        throw new IllegalArgumentException("repeated material holds only content, glue and penalties");
      }
    }
  }

  /** The mark that ends the repetition. */
  public static Repeat end() {
    return new Repeat(List.of());
  }
}

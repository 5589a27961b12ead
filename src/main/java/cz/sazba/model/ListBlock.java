package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/**
 * A bullet list, or an ordered one numbered as {@code numbering} says (for a bullet list it is
 * {@code 1.} and unused).
 */
public record ListBlock(boolean ordered, ListNumbering numbering, List<ListItem> items, Span span) implements Block {
  public ListBlock {
    if (numbering == null) throw new IllegalArgumentException("a list needs a numbering");
    items = List.copyOf(items);
  }

  /** A bullet list, or one numbered {@code 1.} from {@code start}. */
  public ListBlock(boolean ordered, int start, List<ListItem> items, Span span) {
    this(ordered, ListNumbering.decimal(start), items, span);
  }

  /** The first item's number. */
  public int start() {
    return numbering.start();
  }

  /** The label of the item at {@code index}: a bullet, or its number as the numbering writes it ({@code 3.}, {@code c)}). */
  public String label(int index) {
    return ordered ? numbering.label(index) : "\u2022";
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitList(this);
  }
}

package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/** A bullet list, or a numbered one starting at {@code start}. */
public record ListBlock(boolean ordered, int start, List<ListItem> items, Span span) implements Block {
  public ListBlock {
    items = List.copyOf(items);
  }

  /** The label of the item at {@code index}: a bullet, or its number followed by a full stop. */
  public String label(int index) {
    return ordered ? (start + index) + "." : "\u2022";
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitList(this);
  }
}

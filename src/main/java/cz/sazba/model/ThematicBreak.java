package cz.sazba.model;

import cz.sazba.source.Span;

/** A thematic break ({@code ---}, {@code ***}): a scene break in a book. */
public record ThematicBreak(Span span) implements Block {
  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitThematicBreak(this);
  }
}

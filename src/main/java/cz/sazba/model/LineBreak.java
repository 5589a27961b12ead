package cz.sazba.model;

import cz.sazba.source.Span;

/** A hard line break inside a paragraph (a backslash or two spaces at the end of a line). */
public record LineBreak(Span span) implements Inline {
  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitLineBreak(this);
  }
}

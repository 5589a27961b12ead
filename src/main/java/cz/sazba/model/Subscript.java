package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/** Subscript text ({@code ~text~}, {@code <sub>}). */
public record Subscript(List<Inline> content, Span span) implements Inline {
  public Subscript {
    content = List.copyOf(content);
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitSubscript(this);
  }
}

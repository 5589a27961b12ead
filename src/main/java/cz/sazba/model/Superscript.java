package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/** Superscript text ({@code ^text^}, {@code <sup>}). */
public record Superscript(List<Inline> content, Span span) implements Inline {
  public Superscript {
    content = List.copyOf(content);
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitSuperscript(this);
  }
}

package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/** Emphasis, set in italics. */
public record Emph(List<Inline> content, Span span) implements Inline {
  public Emph {
    content = List.copyOf(content);
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitEmph(this);
  }
}

package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/** Strong emphasis, set in bold. */
public record Strong(List<Inline> content, Span span) implements Inline {
  public Strong {
    content = List.copyOf(content);
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitStrong(this);
  }
}

package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/** A passage in another language than its surroundings ({@code [text]{lang=cs}}). */
public record Foreign(Lang lang, List<Inline> content, Span span) implements Inline {
  public Foreign {
    content = List.copyOf(content);
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitForeign(this);
  }
}

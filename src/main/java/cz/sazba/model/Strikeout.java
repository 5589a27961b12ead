package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/** Struck-out text ({@code ~~text~~}). */
public record Strikeout(List<Inline> content, Span span) implements Inline {
  public Strikeout {
    content = List.copyOf(content);
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitStrikeout(this);
  }
}

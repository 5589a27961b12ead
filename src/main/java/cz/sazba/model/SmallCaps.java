package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/** Small capitals ({@code [text]{.smallcaps}}); the text keeps its case, the outputs set it small. */
public record SmallCaps(List<Inline> content, Span span) implements Inline {
  public SmallCaps {
    content = List.copyOf(content);
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitSmallCaps(this);
  }
}

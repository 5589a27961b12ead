package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/** pandoc's definition list: terms, each with one or more definitions. */
public record DefinitionList(List<DefinitionItem> items, Span span) implements Block {
  public DefinitionList {
    items = List.copyOf(items);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitDefinitionList(this);
  }
}

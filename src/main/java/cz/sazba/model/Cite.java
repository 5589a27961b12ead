package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/**
 * A citation as written ({@code [@key]}, {@code [@key, p. 158]}, {@code [@a; @b]}). The citation
 * transform replaces every one with a numbered {@link Citation}; outputs never see this type.
 */
public record Cite(List<CiteItem> items, Span span) implements Inline {
  public Cite {
    items = List.copyOf(items);
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitCite(this);
  }
}

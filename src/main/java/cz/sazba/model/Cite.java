package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/**
 * A citation as written ({@code [@key]}, {@code [@key, p. 158]}, {@code [@a; @b]}, {@code [-@key]}),
 * or, {@code authorInText}, a narrative one ({@code @key}, {@code @key [p. 4]}: pandoc's
 * {@code AuthorInText}). The citation transform replaces every one with a numbered {@link
 * Citation} (a narrative one after its authors' names); outputs never see this type.
 */
public record Cite(List<CiteItem> items, boolean authorInText, Span span) implements Inline {
  public Cite(List<CiteItem> items, Span span) {
    this(items, false, span);
  }

  public Cite {
    items = List.copyOf(items);
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitCite(this);
  }
}

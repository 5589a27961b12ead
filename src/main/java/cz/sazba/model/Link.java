package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/**
 * A hyperlink. {@code href} is an absolute URL, or {@code #id} for a place in the book (an anchor
 * of a heading, a reference entry or a citation).
 */
public record Link(String href, List<Inline> content, Span span) implements Inline {
  public Link {
    content = List.copyOf(content);
  }

  public boolean isInternal() {
    return href.startsWith("#");
  }

  /** The anchor an internal link points at, without the {@code #}. */
  public String anchor() {
    if (!isInternal()) throw new IllegalStateException("external link: " + href);
    return href.substring(1);
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitLink(this);
  }
}

package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;
import java.util.Optional;

/** The title page, made from metadata: each output sets it in its own display style. */
public record TitlePage(String title, Optional<String> subtitle, List<String> authors, Span span)
    implements Block {
  public TitlePage {
    authors = List.copyOf(authors);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitTitlePage(this);
  }
}

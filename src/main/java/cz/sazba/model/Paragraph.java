package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/** A paragraph of running text. */
public record Paragraph(List<Inline> content, Span span) implements Block {
  public Paragraph {
    content = List.copyOf(content);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitParagraph(this);
  }
}

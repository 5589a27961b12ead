package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/**
 * A numbered citation mark, {@code [1]} or {@code [1, p. 158]}, linked to its entry in the
 * reference list. {@code id} is this mark's own anchor, which the entry links back to.
 */
public record Citation(String id, List<CitationMark> marks, Span span) implements Inline {
  public Citation {
    marks = List.copyOf(marks);
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitCitation(this);
  }
}

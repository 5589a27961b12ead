package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/** The numbered list of cited works, in order of first citation. */
public record ReferenceList(List<ReferenceEntry> entries, Span span) implements Block {
  public ReferenceList {
    entries = List.copyOf(entries);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitReferenceList(this);
  }
}

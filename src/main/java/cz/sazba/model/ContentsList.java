package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/** The generated table of contents: one entry per heading, linking to its anchor. */
public record ContentsList(List<ContentsEntry> entries, Span span) implements Block {
  public ContentsList {
    entries = List.copyOf(entries);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitContentsList(this);
  }
}

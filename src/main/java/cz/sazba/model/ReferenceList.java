package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/**
 * The list of cited works: numbered in order of first citation in Sazba's own style, or, with
 * a CSL style ({@code numbered} false), in the style's order, each entry carrying its own label.
 */
public record ReferenceList(List<ReferenceEntry> entries, Span span, boolean numbered) implements Block {
  public ReferenceList {
    entries = List.copyOf(entries);
  }

  /** A numbered list, Sazba's own style. */
  public ReferenceList(List<ReferenceEntry> entries, Span span) {
    this(entries, span, true);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitReferenceList(this);
  }
}

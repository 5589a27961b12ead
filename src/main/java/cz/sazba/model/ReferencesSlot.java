package cz.sazba.model;

import cz.sazba.source.Span;

/**
 * Where the manuscript wants the reference list ({@code ::: {#refs}}). The citation transform
 * replaces it with a {@link ReferenceList}; outputs never see this type.
 */
public record ReferencesSlot(Span span) implements Block {
  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitReferencesSlot(this);
  }
}

package cz.sazba.model;

import cz.sazba.source.Span;

/**
 * Characters as the reader sees them, NFC-normalised. A plain space (U+0020) is a place where a
 * line may break; U+00A0 is a space where it may not. Runs of white space are already collapsed.
 */
public record Text(String text, Span span) implements Inline {
  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitText(this);
  }
}

package cz.sazba.model;

import cz.sazba.source.Span;

/**
 * Inline code ({@code `text`}, {@code <code>}, {@code <kbd>}): characters set as written, in a
 * monospace face, spaces kept, never hyphenated, never given typographic quotes.
 */
public record Code(String text, Span span) implements Inline {
  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitCode(this);
  }
}

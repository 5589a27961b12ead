package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.Optional;

/**
 * A block of code, fenced or indented: lines exactly as written (no trailing newline), with the
 * language of a fenced block's first class ({@code ```python} or {@code ``` {.python}}) when given.
 */
public record CodeBlock(Optional<String> language, String text, Span span) implements Block {
  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitCodeBlock(this);
  }
}

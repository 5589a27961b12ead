package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/**
 * A heading, level 1 to 6, with the anchor other parts link to (pandoc's automatic identifier
 * unless the manuscript gave one).
 */
public record Heading(int level, String id, List<Inline> content, Span span) implements Block {
  public Heading {
    if (level < 1 || level > 6) throw new IllegalArgumentException("heading level " + level);
    content = List.copyOf(content);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitHeading(this);
  }
}

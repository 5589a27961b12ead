package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * A heading, level 1 to 6, with the anchor other parts link to (pandoc's automatic identifier
 * unless the manuscript gave one).
 *
 * @param numbered false for pandoc's {@code {.unnumbered}} or {@code {-}}: never numbered, and
 *     left out of the section numbering's count
 * @param number the section number the book shows before the text ({@code 2.1}), given by the
 *     transform when the metadata asks for {@code number-sections}; empty otherwise
 */
public record Heading(int level, String id, List<Inline> content, boolean numbered, Optional<String> number,
    Span span) implements Block {
  public static final int MAX_LEVEL = 6;

  public Heading {
    if (level < 1 || level > MAX_LEVEL) throw new IllegalArgumentException("heading level " + level);
    content = List.copyOf(content);
    if (!numbered && number.isPresent()) throw new IllegalArgumentException("unnumbered heading with a number");
  }

  /** A numbered heading without a number yet. */
  public Heading(int level, String id, List<Inline> content, Span span) {
    this(level, id, content, true, Optional.empty(), span);
  }

  /** The same heading with other content. */
  public Heading withContent(List<Inline> newContent) {
    return new Heading(level, id, newContent, numbered, number, span);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitHeading(this);
  }
}

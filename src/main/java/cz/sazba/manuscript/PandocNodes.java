package cz.sazba.manuscript;

import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.parser.SourceLines;

/**
 * The commonmark nodes our pandoc extensions produce. They live only between parsing and {@link
 * ChapterConverter}; each keeps the source of its attributes so a diagnostic can point into them.
 */
final class PandocNodes {
  private PandocNodes() {}

  /** {@code [content]{attributes}}: the children are the span's content. */
  static final class BracketedSpan extends CustomNode {
    final SourceLines attributes;

    BracketedSpan(SourceLines attributes) {
      this.attributes = attributes;
    }
  }

  /**
   * {@code [@key, locator; @other]}: no children; the whole bracket, {@code [} to {@code ]}, is the
   * node's source span and is parsed into items by {@link CitationSyntax}.
   */
  static final class Citation extends CustomNode {}

  /** An ATX heading with pandoc attributes after its text ({@code # Title {#id}}). */
  static final class AttributedHeading extends Heading {
    final SourceLines attributes;

    AttributedHeading(int level, SourceLines attributes) {
      setLevel(level);
      this.attributes = attributes;
    }
  }

  /** {@code ::: {attributes}} ... {@code :::}: the children are the div's blocks. */
  static final class FencedDiv extends CustomBlock {
    final SourceLines attributes;
    boolean closed;

    FencedDiv(SourceLines attributes) {
      this.attributes = attributes;
    }
  }
}

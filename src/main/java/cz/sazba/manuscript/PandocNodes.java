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
  /** A container that a closing line of its own ends: a fenced div ({@code :::}), an HTML div. */
  interface Closable {
    boolean closed();
  }

  /**
   * Whether a container of {@code kind} nested in {@code node} (along its last children) is still
   * open: a closing line then belongs to the innermost one, not to {@code node}.
   */
  static boolean hasOpenNested(org.commonmark.node.Node node, Class<? extends Closable> kind) {
    for (org.commonmark.node.Node n = node.getLastChild(); n != null; n = n.getLastChild()) {
      if (kind.isInstance(n) && !((Closable) n).closed()) return true;
    }
    return false;
  }

  static final class FencedDiv extends CustomBlock implements Closable {
    final SourceLines attributes;
    boolean closed;

    @Override public boolean closed() {
      return closed;
    }

    FencedDiv(SourceLines attributes) {
      this.attributes = attributes;
    }
  }

  /** {@code ~~text~~}. */
  static final class Strikeout extends CustomNode {}

  /** {@code ~text~}. */
  static final class Subscript extends CustomNode {}

  /** {@code ^text^}. */
  static final class Superscript extends CustomNode {}

  /** {@code $...$} or {@code $$...$$}: its source span is the whole formula. */
  static final class Math extends CustomNode {
    final boolean display;

    Math(boolean display) {
      this.display = display;
    }
  }

  /**
   * One definition of a definition list ({@code :   text}): its children are the definition's
   * blocks; the first definition of an item also holds its term, as its first child.
   */
  static final class Definition extends CustomBlock {
    final DefinitionTerm term = new DefinitionTerm();
    final boolean hasTerm;
    /** The term is the paragraph before this definition, after a blank line. */
    boolean termBefore;

    Definition(boolean hasTerm, boolean unused) {
      this.hasTerm = hasTerm;
    }
  }

  /** The term of a definition list item: inline content. */
  static final class DefinitionTerm extends CustomBlock {}

  /** {@code [^label]} with no definition of that label in the file. */
  static final class UndefinedNote extends CustomNode {
    final String label;

    UndefinedNote(String label) {
      this.label = label;
    }
  }

  /** The content of an inline HTML element, gathered between its tags while converting. */
  static final class HtmlElement extends CustomNode {}

  /** The blocks between an HTML {@code <div>} or {@code <section>} and its closing tag. */
  static final class HtmlContainer extends CustomBlock {}

  /** {@code <div ...>} or {@code <section ...>} on a line of its own ... its closing tag: a container. */
  static final class HtmlDiv extends CustomBlock implements Closable {
    final String name;
    final String tag;
    boolean closed;

    @Override public boolean closed() {
      return closed;
    }

    HtmlDiv(String name, String tag) {
      this.name = name;
      this.tag = tag;
    }
  }
}

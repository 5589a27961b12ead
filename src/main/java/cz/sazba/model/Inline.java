package cz.sazba.model;

import cz.sazba.source.Span;

/** Content inside a paragraph or heading. */
public sealed interface Inline
    permits Text, Emph, Strong, Foreign, Cite, Citation, Link, LineBreak, Note, Code, SmallCaps,
        Strikeout, Superscript, Subscript, Image {
  Span span();

  /** Calls the visitor's method for this kind of inline. */
  <R> R accept(InlineVisitor<R> visitor);
}

package cz.sazba.model;

import cz.sazba.source.Span;

/** A block of a chapter or generated page. */
public sealed interface Block
    permits Heading, Paragraph, BlockQuote, ListBlock, ReferencesSlot, ReferenceList, ContentsList,
        TitlePage, CodeBlock, ThematicBreak, DefinitionList, Div,
        Figure, Table {
  Span span();

  /** Calls the visitor's method for this kind of block. */
  <R> R accept(BlockVisitor<R> visitor);
}

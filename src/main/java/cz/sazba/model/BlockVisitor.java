package cz.sazba.model;

/**
 * One method per kind of {@link Block}. Java 17 has no pattern {@code switch}, so a stage that must
 * handle every block kind implements this interface: adding a kind to {@link Block}'s
 * {@code permits} list adds a method here, and the compiler then names every place that has to
 * handle the new kind. Stages that only need to recurse use {@link ModelWalk} or
 * {@link ModelRewriter} instead of writing their own traversal.
 */
public interface BlockVisitor<R> {
  R visitHeading(Heading heading);

  R visitParagraph(Paragraph paragraph);

  R visitBlockQuote(BlockQuote quote);

  R visitList(ListBlock list);

  R visitReferencesSlot(ReferencesSlot slot);

  R visitReferenceList(ReferenceList list);

  R visitContentsList(ContentsList contents);

  R visitTitlePage(TitlePage titlePage);

  R visitCodeBlock(CodeBlock code);

  R visitThematicBreak(ThematicBreak thematicBreak);

  R visitDefinitionList(DefinitionList list);

  R visitDiv(Div div);

  R visitFigure(Figure figure);

  R visitTable(Table table);
}

package cz.sazba.typeset;

import cz.sazba.model.Figure;
import cz.sazba.model.Table;
import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.BlockVisitor;
import cz.sazba.model.CodeBlock;
import cz.sazba.model.ContentsList;
import cz.sazba.model.DefinitionList;
import cz.sazba.model.Div;
import cz.sazba.model.Heading;
import cz.sazba.model.ListBlock;
import cz.sazba.model.Paragraph;
import cz.sazba.model.ReferenceList;
import cz.sazba.model.ReferencesSlot;
import cz.sazba.model.ThematicBreak;
import cz.sazba.model.TitlePage;

/**
 * Hands each block to the layouter of its kind. A new block kind adds a method to {@link
 * BlockVisitor}, so the compiler stops here until it has a layouter; the layouter emits vertical
 * material into {@link LayoutContext#list} (see {@code docs/typography.md}).
 */
final class BlockLayouters {
  private BlockLayouters() {}

  static void layOut(Block block, Where where, LayoutContext ctx) {
    block.accept(new BlockVisitor<Void>() {
      @Override public Void visitParagraph(Paragraph p) {
        ParagraphLayouter.layOut(p, where, ctx);
        return null;
      }

      @Override public Void visitHeading(Heading h) {
        HeadingLayouter.layOut(h, where, ctx);
        return null;
      }

      @Override public Void visitBlockQuote(BlockQuote q) {
        QuoteLayouter.layOut(q, where, ctx);
        return null;
      }

      @Override public Void visitList(ListBlock l) {
        ListLayouter.layOut(l, where, ctx);
        return null;
      }

      @Override public Void visitFigure(Figure f) {
        FigureLayouter.layOut(f, where, ctx);
        return null;
      }

      @Override public Void visitTable(Table t) {
        TableLayouter.layOut(t, where, ctx);
        return null;
      }

      @Override public Void visitReferencesSlot(ReferencesSlot s) {
        throw new IllegalStateException("the references slot is filled by the transforms before typesetting");
      }

      @Override public Void visitReferenceList(ReferenceList r) {
        ReferencesLayouter.layOut(r, where, ctx);
        return null;
      }

      @Override public Void visitContentsList(ContentsList c) {
        ContentsLayouter.layOut(c, where, ctx);
        return null;
      }

      @Override public Void visitDiv(Div d) {
        DivLayouter.layOut(d, where, ctx);
        return null;
      }

      @Override public Void visitCodeBlock(CodeBlock c) {
        CodeLayouter.layOut(c, where, ctx);
        return null;
      }

      @Override public Void visitThematicBreak(ThematicBreak t) {
        SceneBreakLayouter.layOut(t, where, ctx);
        return null;
      }

      @Override public Void visitDefinitionList(DefinitionList l) {
        DefinitionListLayouter.layOut(l, where, ctx);
        return null;
      }

      @Override public Void visitTitlePage(TitlePage t) {
        TitlePageLayouter.layOut(t, where, ctx);
        return null;
      }
    });
  }
}

package cz.sazba.typeset;

import cz.sazba.font.FontStyle;
import cz.sazba.model.Text;
import cz.sazba.model.TitlePage;
import cz.sazba.source.Span;
import cz.sazba.typeset.LineSetter.Placement;
import cz.sazba.typeset.ParagraphBuilder.Alignment;
import cz.sazba.typeset.page.StructRole;
import java.util.List;
import java.util.Optional;

/** The title page: the title balanced and centred a quarter down the page, subtitle and authors below. */
final class TitlePageLayouter {
  private TitlePageLayouter() {}

  static void layOut(TitlePage t, Where where, LayoutContext ctx) {
    PageDesign.TitlePage style = ctx.design.titlePage();
    long width = ctx.design.page().textWidth();
    long top = style.top();
    int h = ctx.structure.add(where.parent(), StructRole.HEADING_1);
    List<SetLine> title = ctx.text.balanced(runs(ctx, t.title(), FontStyle.BOLD, h, t.span()), style.titleSize(), width, t.span());
    ctx.headings.add(new HeadingInfo(0, "title", t.title()));
    for (SetLine line : title) {
      ctx.addLine(line, 0, style.titleLineSkip(), top, false, List.of(), style.titleSize(), Optional.empty(),
          where.at().at(line.modelOffset()));
    }
    if (t.subtitle().isPresent()) {
      long size = style.subtitleSize();
      int p = ctx.structure.add(where.parent(), StructRole.PARAGRAPH);
      List<SetLine> sub = ctx.text.setText(runs(ctx, t.subtitle().get(), FontStyle.ITALIC, p, t.span()), size, width, 0,
          Alignment.RAGGED, Placement.CENTERED, false, t.span());
      for (int i = 0; i < sub.size(); i++) {
        ctx.addLine(sub.get(i), 0, i == 0 ? style.subtitleSkip() : style.subtitleLineSkip(), top, false, List.of(),
            size, Optional.empty(), where.at());
      }
    }
    long authorSize = style.authorSize();
    for (int a = 0; a < t.authors().size(); a++) {
      int p = ctx.structure.add(where.parent(), StructRole.PARAGRAPH);
      List<SetLine> author = ctx.text.setText(runs(ctx, t.authors().get(a), FontStyle.REGULAR, p, t.span()), authorSize, width,
          0, Alignment.RAGGED, Placement.CENTERED, false, t.span());
      for (int i = 0; i < author.size(); i++) {
        ctx.addLine(author.get(i), 0, a == 0 && i == 0 ? style.authorSkip() : style.authorLineSkip(), top, false,
            List.of(), authorSize, Optional.empty(), where.at());
      }
    }
    ctx.afterHeading = false;
  }

  /** The title page's text, reported (an overfull line, say) where the title page comes from: its metadata. */
  private static List<Run> runs(LayoutContext ctx, String text, FontStyle s, int structId, Span at) {
    return InlineFlattener.flatten(List.of(new Text(text, at)), s, ctx.documentLang, structId,
        ctx.structure);
  }
}

package cz.sazba.typeset;

import cz.sazba.font.FontStyle;
import cz.sazba.model.Paragraph;
import cz.sazba.typeset.LineSetter.Placement;
import cz.sazba.typeset.ParagraphBuilder.Alignment;
import cz.sazba.typeset.page.StructRole;
import java.util.List;

/**
 * A paragraph: justified with a first-line indent (none after a heading, in a quote or a list),
 * or, in the colophon, small and ragged with a little space between paragraphs instead.
 */
final class ParagraphLayouter {
  private ParagraphLayouter() {}

  static void layOut(Paragraph para, Where where, LayoutContext ctx) {
    PageDesign d = ctx.design;
    int p = ctx.structure.add(where.parent(), StructRole.PARAGRAPH);
    boolean small = ctx.small();
    long size = small ? d.small().size() : ctx.inNote ? d.notes().text().size() : d.body().size();
    long leading = small ? d.small().leading() : ctx.inNote ? d.notes().text().leading() : d.body().leading();
    boolean ragged = small;
    long indent = ctx.afterHeading || ragged || where.left() > 0 ? 0 : d.body().indent();
    List<Run> runs = InlineFlattener.flatten(para.content(), FontStyle.REGULAR, ctx.documentLang, p, ctx.structure,
        ctx.notes);
    // Running text at the full measure may be set a line shorter or longer for flush bottoms.
    boolean flexible = !ragged && !ctx.inNote && where.left() == 0 && where.width() == d.page().textWidth();
    // Running text at the division's top level may have been set ahead on another thread.
    ParagraphsAhead.Setting setting =
        new ParagraphsAhead.Setting(size, where.width(), indent, d.body().hyphenate(), ctx.documentLang);
    TextSetter.Flexed flexed = !flexible ? null
        : ctx.ahead.flatMap(a -> a.take(para, runs, p, setting))
            .orElseGet(() -> setting.set(ctx.text, runs, para.span()));
    List<SetLine> set = flexible ? flexed.lines() : ctx.text.setText(runs, size, where.width(), indent,
        ragged ? Alignment.RAGGED : Alignment.JUSTIFIED, ragged ? Placement.LEFT : Placement.JUSTIFIED,
        d.body().hyphenate(), para.span());
    // Space between paragraphs only where they are not indented (colophon).
    long extra = ragged && !ctx.afterHeading && ctx.list.hasContent() ? d.blocks().raggedParagraphSkip() : 0;
    if (ctx.afterHeading) extra += ctx.skipAfterHeading;
    ctx.skipAfterHeading = 0;
    if (flexible) ctx.addFlexibleParagraph(flexed, where.left(), leading + extra, leading, size, where.at());
    else ctx.addParagraphLines(set, where.left(), leading + extra, leading, size, where.at(), List.of());
    ctx.afterHeading = false;
  }
}

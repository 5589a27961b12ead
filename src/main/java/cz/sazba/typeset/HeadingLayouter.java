package cz.sazba.typeset;

import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Inlines;
import cz.sazba.model.Text;
import cz.sazba.typeset.LineSetter.Placement;
import cz.sazba.typeset.PageDesign.HeadingStyle;
import cz.sazba.typeset.ParagraphBuilder.Alignment;
import cz.sazba.typeset.page.StructRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A heading of level 1 to 6 in its level's style: ragged, never hyphenated, on the baseline grid,
 * kept with the lines of text below it; a level whose style says so starts the running heads.
 */
final class HeadingLayouter {
  private HeadingLayouter() {}

  static void layOut(Heading h, Where where, LayoutContext ctx) {
    PageDesign d = ctx.design;
    HeadingStyle style = d.heading(h.level());
    int node = ctx.structure.add(where.parent(), StructRole.heading(h.level()));
    long size = style.size();
    long leading = d.body().leading();
    List<Run> runs = InlineFlattener.flatten(headingText(h), style.font(), ctx.documentLang, node, ctx.structure,
        ctx.notes);
    List<SetLine> set = ctx.text.setText(runs, size, d.page().textWidth(), 0, Alignment.RAGGED, Placement.LEFT, false);
    String title = Inlines.plainText(h.content());
    ctx.headings.add(new HeadingInfo(h.level(), h.id(), title));
    // The heading's own baselines keep the text below on the grid.
    long before = ctx.list.hasContent() ? style.spaceBefore() : 0;
    for (int i = 0; i < set.size(); i++) {
      long skip = i == 0 ? leading + before : style.lineSkip();
      // At the top of a page the heading sits on the first grid line, like body text.
      // Never between two headings: the one above would be left alone at the page's foot.
      ctx.addLine(set.get(i), 0, skip, d.body().topSkip(), i == 0 && ctx.list.hasContent() && ctx.keepWithHeading == 0,
          i == 0 ? List.of(h.id()) : List.of(), size,
          i == 0 && style.runningHead() ? Optional.of(title) : Optional.empty(), where.at().at(set.get(i).modelOffset()));
    }
    ctx.skipAfterHeading = style.spaceAfter();
    ctx.afterHeading = true;
    ctx.keepWithHeading = style.keepLines();
  }

  /** The heading's text, after its section number ({@code 2.1}) and an en space when it has one. */
  static List<Inline> headingText(Heading h) {
    if (h.number().isEmpty()) return h.content();
    List<Inline> out = new ArrayList<>();
    out.add(new Text(h.number().get() + "\u2002", h.span()));
    out.addAll(h.content());
    return out;
  }
}

package cz.sazba.typeset;

import cz.sazba.font.FontStyle;
import cz.sazba.model.ContentsEntry;
import cz.sazba.model.ContentsList;
import cz.sazba.model.Link;
import cz.sazba.source.Span;
import cz.sazba.typeset.LineSetter.Placement;
import cz.sazba.typeset.ParagraphBuilder.Alignment;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.LinkArea;
import cz.sazba.typeset.page.StructRole;
import cz.sazba.typeset.page.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The contents: each entry a link, its page number following the title after a gap rather than
 * pushed to the right edge (no leaders, no gulf for the eye to cross, as Bringhurst advises);
 * lower levels indented. The numbers come from the previous layout pass.
 */
final class ContentsLayouter {
  private ContentsLayouter() {}

  static void layOut(ContentsList c, Where where, LayoutContext ctx) {
    PageDesign.Contents style = ctx.design.contents();
    int toc = ctx.structure.add(where.parent(), StructRole.CONTENTS);
    long size = style.text().size();
    long leading = style.text().leading();
    for (int e = 0; e < c.entries().size(); e++) {
      ContentsEntry entry = c.entries().get(e);
      int item = ctx.structure.add(toc, StructRole.CONTENTS_ENTRY);
      long indent = (entry.level() - 1) * style.levelIndent();
      Link link = new Link("#" + entry.targetId(), entry.title(), Span.GENERATED);
      // The entry holds its link (how a PDF must nest them is the PDF writer's business).
      List<Run> runs = InlineFlattener.flatten(List.of(link), FontStyle.REGULAR, ctx.documentLang, item,
          ctx.structure);
      // The page number is part of the entry's link (not of a Span in its title).
      int linkNode = runs.isEmpty() ? item : runs.get(0).linkId();
      String page = ctx.pageOfAnchor.getOrDefault(entry.targetId(), "0");
      SetLine number = ctx.text.singleLine(page, FontStyle.REGULAR, size, Tag.of(linkNode));
      long numberWidth = TextSetter.width(number);
      // Room for the number on the last line, so the title never collides with it.
      List<SetLine> set = ctx.text.setText(runs, size,
          ctx.design.page().textWidth() - indent - style.numberGap() - style.numberRoom(), 0, Alignment.RAGGED,
          Placement.LEFT, false);
      List<SetLine> withNumber = new ArrayList<>(set);
      SetLine lastLine = set.get(set.size() - 1);
      long at = TextSetter.width(lastLine) + style.numberGap();
      List<GlyphRun> runsOut = new ArrayList<>(lastLine.runs());
      for (GlyphRun r : number.runs()) runsOut.add(TextSetter.shift(r, at));
      List<LinkArea> links = new ArrayList<>(lastLine.links());
      links.add(new LinkArea(at, -style.linkBelow(), at + numberWidth, style.linkAbove(), "#" + entry.targetId(),
          "Go to page " + page, Tag.of(linkNode)));
      withNumber.set(set.size() - 1, new SetLine(runsOut, links, lastLine.anchors(), lastLine.modelOffset()));
      long skip = e == 0 ? style.firstSkip() : entry.level() == 1 ? style.chapterSkip() : leading;
      boolean keep = ctx.afterHeading;
      for (int i = 0; i < withNumber.size(); i++) {
        ctx.addLine(withNumber.get(i), indent, i == 0 ? skip : leading, ctx.design.body().topSkip(),
            ctx.mayBreakBefore(i == 0 && !keep), List.of(), size, Optional.empty(),
            where.at().child(e).at(withNumber.get(i).modelOffset()));
      }
      ctx.afterHeading = false;
    }
  }
}

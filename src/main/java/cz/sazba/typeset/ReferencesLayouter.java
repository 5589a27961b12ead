package cz.sazba.typeset;

import cz.sazba.font.FontStyle;
import cz.sazba.model.ReferenceEntry;
import cz.sazba.model.ReferenceList;
import cz.sazba.typeset.LineSetter.Placement;
import cz.sazba.typeset.ParagraphBuilder.Alignment;
import cz.sazba.typeset.page.StructRole;
import java.util.List;

/** The reference list: small, ragged entries with their numbers hanging. */
final class ReferencesLayouter {
  private ReferencesLayouter() {}

  static void layOut(ReferenceList list, Where where, LayoutContext ctx) {
    PageDesign.References style = ctx.design.references();
    int node = ctx.structure.add(where.parent(), StructRole.LIST);
    long size = style.text().size();
    long leading = style.text().leading();
    long hang = style.hang();
    for (int e = 0; e < list.entries().size(); e++) {
      ReferenceEntry entry = list.entries().get(e);
      int li = ctx.structure.add(node, StructRole.LIST_ITEM);
      int lbl = list.numbered() ? ctx.structure.add(li, StructRole.LIST_LABEL) : -1;
      int body = ctx.structure.add(li, StructRole.LIST_BODY);
      int bib = ctx.structure.add(body, StructRole.REFERENCE_ENTRY);
      List<Run> runs = InlineFlattener.flatten(entry.content(), FontStyle.REGULAR, ctx.documentLang, bib, ctx.structure);
      List<SetLine> set = ctx.text.setText(runs, size, ctx.design.page().textWidth() - hang, 0, Alignment.RAGGED,
          Placement.LEFT, ctx.design.body().hyphenate());
      int before = ctx.list.size();
      long skip = e == 0 ? style.firstSkip() : style.entrySkip();
      ctx.addParagraphLines(set, hang, skip, leading, size, where.at().child(e), List.of(entry.id()));
      ctx.afterHeading = false;
      int first = ctx.firstContentFrom(before);
      if (first >= 0 && list.numbered()) ctx.attachLabel(first, entry.number() + ".", FontStyle.REGULAR, size, lbl, style.labelGap());
    }
  }
}

package cz.sazba.typeset;

import cz.sazba.font.FontStyle;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.typeset.page.StructRole;

/**
 * A list: each item's blocks in the hanging indent's body, its label right-aligned in the hang.
 * The hang is the design's, or wider when an ordered list's widest label ({@code (xviii)},
 * {@code MMXXIV.}) and the gap after it need more, so no label runs into the margin.
 */
final class ListLayouter {
  private ListLayouter() {}

  static void layOut(ListBlock l, Where where, LayoutContext ctx) {
    PageDesign d = ctx.design;
    int node = ctx.structure.add(where.parent(), StructRole.LIST);
    // The label takes the size of the item's text (small in the colophon).
    long size = ctx.small() ? d.small().size() : d.body().size();
    long gap = d.blocks().listLabelGap();
    long hang = d.blocks().listHang();
    if (l.ordered()) {
      long widest = 0;
      for (int i = 0; i < l.items().size(); i++) widest = Math.max(widest, ctx.labelWidth(l.label(i), FontStyle.REGULAR, size));
      hang = Math.max(hang, widest + gap);
    }
    for (int i = 0; i < l.items().size(); i++) {
      ListItem item = l.items().get(i);
      int li = ctx.structure.add(node, StructRole.LIST_ITEM);
      int lbl = ctx.structure.add(li, StructRole.LIST_LABEL);
      int body = ctx.structure.add(li, StructRole.LIST_BODY);
      int before = ctx.list.size();
      // Only the list's first item stays with a heading right above it; a page may break between
      // any two items (within an item, widow and orphan rules apply).
      boolean keepWithHeading = ctx.afterHeading && i == 0;
      for (int j = 0; j < item.blocks().size(); j++) {
        ctx.afterHeading = j == 0 && keepWithHeading;
        BlockLayouters.layOut(item.blocks().get(j), where.inside(body, where.at().child(i).child(j), hang, hang), ctx);
      }
      ctx.afterHeading = false;
      int first = ctx.firstContentFrom(before);
      if (first >= 0) {
        ctx.attachLabel(first, l.label(i), FontStyle.REGULAR, size, lbl, gap);
      }
    }
  }
}

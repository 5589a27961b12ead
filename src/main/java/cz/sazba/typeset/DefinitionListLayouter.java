package cz.sazba.typeset;

import cz.sazba.font.FontStyle;
import cz.sazba.model.DefinitionItem;
import cz.sazba.model.DefinitionList;
import cz.sazba.typeset.LineSetter.Placement;
import cz.sazba.typeset.ParagraphBuilder.Alignment;
import cz.sazba.typeset.page.StructRole;
import java.util.List;
import java.util.Optional;

/**
 * A definition list, tagged as a list: each item an LI whose Lbl is the term (bold, ragged, on
 * lines of its own, kept with the start of its definition) and whose LBody holds the
 * definitions, each a group of blocks indented by the list's hang. Locators: item {@code i} is
 * child {@code i}; its term is child 0 of it, definition {@code k} child {@code k + 1}, whose
 * blocks are its children.
 */
final class DefinitionListLayouter {
  private DefinitionListLayouter() {}

  static void layOut(DefinitionList l, Where where, LayoutContext ctx) {
    PageDesign d = ctx.design;
    int node = ctx.structure.add(where.parent(), StructRole.LIST);
    long hang = d.blocks().listHang();
    boolean small = ctx.small() || ctx.inNote;
    long size = small ? d.small().size() : d.body().size();
    long leading = small ? d.small().leading() : d.body().leading();
    for (int i = 0; i < l.items().size(); i++) {
      DefinitionItem item = l.items().get(i);
      int li = ctx.structure.add(node, StructRole.LIST_ITEM);
      int lbl = ctx.structure.add(li, StructRole.LIST_LABEL);
      int body = ctx.structure.add(li, StructRole.LIST_BODY);
      List<Run> runs = InlineFlattener.flatten(item.term(), FontStyle.BOLD, ctx.documentLang, lbl, ctx.structure,
          ctx.notes);
      List<SetLine> term = ctx.text.setText(runs, size, where.width(), 0, Alignment.RAGGED, Placement.LEFT, false,
          item.span());
      long extra = ctx.afterHeading ? ctx.skipAfterHeading : 0;
      ctx.skipAfterHeading = 0;
      for (int t = 0; t < term.size(); t++) {
        // A page may break before a term (not right under a heading), never inside it.
        boolean breakBefore = ctx.mayBreakBefore(t == 0 && !ctx.afterHeading);
        ctx.addLine(term.get(t), where.left(), t == 0 ? leading + extra : leading, ctx.topSkip(), breakBefore,
            List.of(), size, Optional.empty(), where.at().child(i).child(0).at(term.get(t).modelOffset()));
      }
      for (int k = 0; k < item.definitions().size(); k++) {
        List<cz.sazba.model.Block> blocks = item.definitions().get(k);
        for (int j = 0; j < blocks.size(); j++) {
          // The definition's first lines stay with the term; no indent, as in a list item.
          ctx.afterHeading = k == 0 && j == 0;
          BlockLayouters.layOut(blocks.get(j),
              where.inside(body, where.at().child(i).child(k + 1).child(j), hang, hang), ctx);
        }
      }
      ctx.afterHeading = false;
    }
  }
}

package cz.sazba.typeset;

import cz.sazba.model.Div;
import cz.sazba.model.Lang;
import cz.sazba.typeset.page.StructRole;
import java.util.Optional;

/**
 * A container ({@code ::: {#id lang=cs}} or an HTML {@code <div>}): its blocks laid out as they
 * would be without it, inside a grouping node that carries its language; its anchor is its first
 * line.
 */
final class DivLayouter {
  private DivLayouter() {}

  static void layOut(Div d, Where where, LayoutContext ctx) {
    int node = ctx.structure.add(where.parent(), StructRole.GROUP, d.lang(), Optional.empty());
    Lang outer = ctx.documentLang;
    if (d.lang().isPresent()) ctx.documentLang = d.lang().get();
    int before = ctx.list.size();
    for (int j = 0; j < d.blocks().size(); j++) {
      BlockLayouters.layOut(d.blocks().get(j), where.inside(node, where.at().child(j), 0, 0), ctx);
    }
    ctx.documentLang = outer;
    if (!d.id().isEmpty()) ctx.addAnchorAt(before, d.id());
  }
}

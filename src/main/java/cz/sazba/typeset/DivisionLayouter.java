package cz.sazba.typeset;

import cz.sazba.font.FontSet;
import cz.sazba.model.Division;
import cz.sazba.model.Lang;
import cz.sazba.model.Locator;
import cz.sazba.source.Diagnostics;
import cz.sazba.typeset.page.StructRole;
import cz.sazba.typeset.vertical.Line;
import cz.sazba.typeset.vertical.VItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays out one division as vertical material: each block through the layouter of its kind, the
 * division's structure element (a Sect) grown on the way. Depends on nothing but its arguments,
 * and no division's material depends on another's.
 */
final class DivisionLayouter {
  private DivisionLayouter() {}

  /** A division's material and the headings in it (for the outline). */
  record Material(Division division, List<VItem> items, List<HeadingInfo> headings) {
    Material {
      items = List.copyOf(items);
      headings = List.copyOf(headings);
    }
  }

  static Material layOut(Division division, FontSet fonts, PageDesign design, StructureTree structure, Lang lang,
      Map<String, String> pageOfAnchor, Diagnostics diagnostics) {
    LayoutContext ctx = new LayoutContext(fonts, design, structure, lang, pageOfAnchor, diagnostics, division);
    int sect = structure.add(structure.root(), StructRole.SECT);
    for (int b = 0; b < division.blocks().size(); b++) {
      BlockLayouters.layOut(division.blocks().get(b),
          new Where(sect, Locator.block(division.id(), b), 0, design.page().textWidth()), ctx);
    }
    // A division's anchor is its first line.
    int first = ctx.firstContentFrom(0);
    if (first >= 0 && ctx.list.get(first) instanceof Line line) {
      List<String> anchors = new ArrayList<>(line.anchors());
      anchors.add(0, division.id());
      ctx.list.replace(first, line.withAnchors(anchors));
    }
    return new Material(division, ctx.list.items(), ctx.headings);
  }
}

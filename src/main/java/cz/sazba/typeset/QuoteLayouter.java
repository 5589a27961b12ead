package cz.sazba.typeset;

import cz.sazba.model.BlockQuote;
import cz.sazba.typeset.page.StructRole;

/** A block quote: its blocks set in from both sides. */
final class QuoteLayouter {
  private QuoteLayouter() {}

  static void layOut(BlockQuote q, Where where, LayoutContext ctx) {
    int node = ctx.structure.add(where.parent(), StructRole.QUOTE);
    long inset = ctx.design.blocks().quoteInset();
    // Only the quote's first block stays with a heading right above it.
    boolean keepWithHeading = ctx.afterHeading;
    for (int i = 0; i < q.blocks().size(); i++) {
      ctx.afterHeading = i == 0 && keepWithHeading;
      BlockLayouters.layOut(q.blocks().get(i), where.inside(node, where.at().child(i), inset, 2 * inset), ctx);
    }
    ctx.afterHeading = false;
  }
}

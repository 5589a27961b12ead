package cz.sazba.transform;

import cz.sazba.model.Block;
import cz.sazba.model.Book;
import cz.sazba.model.Division;
import cz.sazba.model.Link;
import cz.sazba.model.ModelWalk;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every internal link ({@code [x](#id)}) must point at something the typesetter gives an anchor:
 * a division, or whatever {@link ModelWalk#ownAnchors} names: a heading, a div, figure or table
 * with an id, a footnote (and its mark), a citation or a reference entry. Checked on the finished model, before layout, so that a link to nowhere is a diagnostic
 * at the link and not a failure while the PDF is written.
 */
final class AnchorCheck {
  private AnchorCheck() {}

  static void check(Book book, Diagnostics diagnostics) {
    Set<String> ids = new HashSet<>();
    for (Division d : book.divisions()) {
      ids.add(d.id());
      // Each kind names its own anchors (ModelWalk.ownAnchors), figures and tables included.
      ModelWalk.forEachBlock(d.blocks(), b -> ids.addAll(ModelWalk.ownAnchors(b)));
      ModelWalk.forEachInline(d.blocks(), i -> ids.addAll(ModelWalk.ownAnchors(i)));
    }
    Set<String> reported = new HashSet<>();
    for (Division d : book.divisions()) {
      List<Block> blocks = d.blocks();
      ModelWalk.forEachInline(blocks, i -> {
        if (i instanceof Link l && l.isInternal() && !ids.contains(l.anchor()) && reported.add(l.span().location() + l.href())) {
          diagnostics.error("link-anchor-unknown", l.span(),
              "the link points at " + Quote.of(l.href()) + ", but no heading, div or note has that identifier",
              "give the target an identifier ({#" + Quote.visible(l.anchor()) + "} after a heading), or correct the link");
        }
      });
    }
  }
}

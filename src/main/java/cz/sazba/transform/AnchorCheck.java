package cz.sazba.transform;

import cz.sazba.model.Block;
import cz.sazba.model.Book;
import cz.sazba.model.Citation;
import cz.sazba.model.Div;
import cz.sazba.model.Division;
import cz.sazba.model.Heading;
import cz.sazba.model.Link;
import cz.sazba.model.ModelWalk;
import cz.sazba.model.Note;
import cz.sazba.model.ReferenceList;
import cz.sazba.model.ReferenceEntry;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every internal link ({@code [x](#id)}) must point at something the typesetter gives an anchor:
 * a division, a heading, a div with an id, a footnote (and its mark), a citation or a reference
 * entry. Checked on the finished model, before layout, so that a link to nowhere is a diagnostic
 * at the link and not a failure while the PDF is written.
 */
final class AnchorCheck {
  private AnchorCheck() {}

  static void check(Book book, Diagnostics diagnostics) {
    Set<String> ids = new HashSet<>();
    for (Division d : book.divisions()) {
      ids.add(d.id());
      ModelWalk.forEachBlock(d.blocks(), b -> {
        if (b instanceof Heading h) ids.add(h.id());
        else if (b instanceof Div div && !div.id().isEmpty()) ids.add(div.id());
        else if (b instanceof ReferenceList r) for (ReferenceEntry e : r.entries()) ids.add(e.id());
        ids.addAll(ModelWalk.ownAnchors(b)); // figures' and tables' ids too
      });
      ModelWalk.forEachInline(d.blocks(), i -> {
        if (i instanceof Note n) {
          ids.add(n.id());
          ids.add(n.id() + "-ref");
        } else if (i instanceof Citation c) {
          ids.add(c.id());
        }
      });
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

package cz.sazba.transform;

import cz.sazba.model.Block;
import cz.sazba.model.Chapter;
import cz.sazba.model.Citation;
import cz.sazba.model.Cite;
import cz.sazba.model.ContentsEntry;
import cz.sazba.model.ContentsList;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Link;
import cz.sazba.model.Strong;
import cz.sazba.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The contents list: one entry per heading of level 1 or 2 of the chapters, in reading order.
 * Only top-level headings count; a heading quoted inside a block quote is not a part of the book.
 */
final class ContentsBuilder {
  private ContentsBuilder() {}

  static ContentsList build(List<Chapter> chapters) {
    List<ContentsEntry> entries = new ArrayList<>();
    for (Chapter c : chapters) {
      for (Block b : c.blocks()) {
        if (b instanceof Heading h && h.level() <= 2) {
          entries.add(new ContentsEntry(h.level(), h.id(), entryTitle(h.content())));
        }
      }
    }
    return new ContentsList(entries, Span.GENERATED);
  }

  /**
   * The heading's text without citation marks and links: the entry is itself a link, a link
   * inside a link is not allowed in either output, and a citation's anchor must stay unique.
   */
  static List<Inline> entryTitle(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>();
    for (Inline i : inlines) {
      if (i instanceof Citation || i instanceof Cite) continue;
      if (i instanceof Link l) out.addAll(entryTitle(l.content()));
      else if (i instanceof Emph e) out.add(new Emph(entryTitle(e.content()), e.span()));
      else if (i instanceof Strong s) out.add(new Strong(entryTitle(s.content()), s.span()));
      else if (i instanceof Foreign f) out.add(new Foreign(f.lang(), entryTitle(f.content()), f.span()));
      else out.add(i);
    }
    return out;
  }
}

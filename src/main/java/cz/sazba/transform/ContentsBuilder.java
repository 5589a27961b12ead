package cz.sazba.transform;

import cz.sazba.model.Block;
import cz.sazba.model.Chapter;
import cz.sazba.model.Citation;
import cz.sazba.model.Cite;
import cz.sazba.model.ContentsEntry;
import cz.sazba.model.ContentsList;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Link;
import cz.sazba.model.Div;
import cz.sazba.model.ModelRewriter;
import cz.sazba.model.Note;
import cz.sazba.model.Text;
import cz.sazba.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The contents list: one entry per heading of the chapters down to the book's {@code toc-depth}
 * (pandoc's key; level 2 when not given, as a printed contents page of a small book should be),
 * in reading order, each with its section number. Only headings of the text itself count, at the
 * top level or inside a div: a heading quoted inside a block quote or a note is not a part of the
 * book.
 */
final class ContentsBuilder {
  private ContentsBuilder() {}

  static ContentsList build(List<Chapter> chapters, int depth) {
    List<ContentsEntry> entries = new ArrayList<>();
    for (Chapter c : chapters) collect(c.blocks(), depth, entries);
    return new ContentsList(entries, Span.GENERATED);
  }

  private static void collect(List<Block> blocks, int depth, List<ContentsEntry> entries) {
    cz.sazba.model.ModelWalk.forEachSectionHeading(blocks, h -> {
      if (h.level() <= depth) {
        List<Inline> title = new ArrayList<>();
        h.number().ifPresent(n -> title.add(new Text(n + " ", h.span())));
        title.addAll(entryTitle(h.content()));
        entries.add(new ContentsEntry(h.level(), h.id(), title));
      }
    });
  }

  /**
   * The heading's text without citation marks, notes and links: the entry is itself a link, a
   * link inside a link is not allowed in either output, and a citation's or note's anchor must
   * stay unique.
   */
  static List<Inline> entryTitle(List<Inline> inlines) {
    return ENTRY_TITLE.inlines(inlines);
  }

  private static final ModelRewriter ENTRY_TITLE = new ModelRewriter() {
    @Override public List<Inline> visitCitation(Citation c) { return List.of(); }
    @Override public List<Inline> visitCite(Cite c) { return List.of(); }
    @Override public List<Inline> visitNote(Note n) { return List.of(); }
    @Override public List<Inline> visitLink(Link l) { return inlines(l.content()); }
  };
}

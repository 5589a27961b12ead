package cz.sazba.epub;

import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.Book;
import cz.sazba.model.Citation;
import cz.sazba.model.Division;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Link;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.model.Paragraph;
import cz.sazba.model.ReferenceEntry;
import cz.sazba.model.ReferenceList;
import cz.sazba.model.Strong;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which content document each anchor of the book ends up in, so that a link written as
 * {@code #ref-1} in one chapter becomes {@code ch03.xhtml#ref-1} when the entry is in another
 * file. Only looked up, never iterated, so the map's order cannot reach the output.
 */
final class AnchorIndex {
  private final Map<String, String> fileById = new HashMap<>();

  static AnchorIndex of(Book book) {
    AnchorIndex index = new AnchorIndex();
    for (Division d : book.divisions()) index.blocks(d.blocks(), ContentDocument.fileName(d));
    return index;
  }

  /** {@code file#id} for an anchor of the book, or empty when no element has that id. */
  Optional<String> href(String id) {
    String file = fileById.get(id);
    return file == null ? Optional.empty() : Optional.of(file + "#" + id);
  }

  boolean contains(String id) {
    return fileById.containsKey(id);
  }

  private void put(String id, String file) {
    fileById.putIfAbsent(id, file); // the first element with an id wins, as in a browser
  }

  private void blocks(List<Block> blocks, String file) {
    for (Block b : blocks) {
      if (b instanceof Heading h) {
        put(h.id(), file);
        inlines(h.content(), file);
      } else if (b instanceof Paragraph p) inlines(p.content(), file);
      else if (b instanceof BlockQuote q) blocks(q.blocks(), file);
      else if (b instanceof ListBlock l) for (ListItem item : l.items()) blocks(item.blocks(), file);
      else if (b instanceof ReferenceList r) {
        for (ReferenceEntry e : r.entries()) {
          put(e.id(), file);
          inlines(e.content(), file);
        }
      }
      // Contents entries repeat heading text inside links, where citations get no anchor.
    }
  }

  private void inlines(List<Inline> inlines, String file) {
    for (Inline i : inlines) {
      if (i instanceof Citation c) put(c.id(), file);
      else if (i instanceof Emph e) inlines(e.content(), file);
      else if (i instanceof Strong s) inlines(s.content(), file);
      else if (i instanceof Foreign f) inlines(f.content(), file);
      else if (i instanceof Link l) inlines(l.content(), file);
    }
  }
}

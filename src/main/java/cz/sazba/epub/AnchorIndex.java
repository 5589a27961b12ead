package cz.sazba.epub;

import cz.sazba.model.Block;
import cz.sazba.model.Book;
import cz.sazba.model.ContentsList;
import cz.sazba.model.ModelWalk;
import cz.sazba.model.Division;
import cz.sazba.model.Inline;
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
  /** The book's image resources, for the {@code src} of every image the content documents show. */
  private EpubImages images;

  static AnchorIndex of(Book book) {
    AnchorIndex index = new AnchorIndex();
    index.images = EpubImages.of(book);
    for (Division d : book.divisions()) index.blocks(d.blocks(), ContentDocument.fileName(d));
    return index;
  }

  /** {@code file#id} for an anchor of the book, or empty when no element has that id. */
  Optional<String> href(String id) {
    String file = fileById.get(id);
    return file == null ? Optional.empty() : Optional.of(file + "#" + id);
  }

  EpubImages images() {
    return images;
  }

  boolean contains(String id) {
    return fileById.containsKey(id);
  }

  private void put(String id, String file) {
    fileById.putIfAbsent(id, file); // the first element with an id wins, as in a browser
  }

  /**
   * Every element with an id ({@link ModelWalk#ownAnchors}): headings, divs, figures, tables,
   * reference entries, citation marks, notes and their marks. Contents entries repeat heading text inside links, where citations get no anchor, and
   * the walk does not enter them for anchors.
   */
  private void blocks(List<Block> blocks, String file) {
    ModelWalk.forEachBlock(blocks, b -> {
      for (String id : ModelWalk.ownAnchors(b)) put(id, file);
    });
    ModelWalk.forEachBlock(blocks, b -> {
      if (b instanceof ContentsList) return;
      for (List<Inline> run : ModelWalk.inlineRuns(b)) ModelWalk.forEachInlineIn(run, i -> {
        for (String id : ModelWalk.ownAnchors(i)) put(id, file);
      });
    });
  }
}

package cz.sazba.typeset.page;

import cz.sazba.model.Metadata;
import java.util.List;

/**
 * Everything the PDF writer needs: the pages, where anchors landed, the outline, the structure
 * tree, and the book's metadata.
 */
public record LaidOutBook(
    Metadata metadata, List<Page> pages, List<Anchor> anchors, List<OutlineEntry> outline, StructNode structure) {
  public LaidOutBook {
    pages = List.copyOf(pages);
    anchors = List.copyOf(anchors);
    outline = List.copyOf(outline);
  }
}

package cz.sazba.pdf;

import cz.sazba.typeset.page.OutlineEntry;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

/** The document outline (bookmarks), every level open, titles as text strings (UTF-16 when needed). */
final class Outline {
  private Outline() {}

  /** The outline dictionary, or null when there are no entries. */
  static COSDictionary of(List<OutlineEntry> entries, Destinations destinations) {
    if (entries.isEmpty()) return null;
    COSDictionary root = new COSDictionary();
    root.setItem(COSName.TYPE, COSName.OUTLINES);
    int visible = addChildren(root, entries, destinations);
    root.setInt(COSName.COUNT, visible);
    return root;
  }

  /** Links the items under {@code parent}; returns how many items are visible below it. */
  private static int addChildren(COSDictionary parent, List<OutlineEntry> entries, Destinations destinations) {
    int visible = 0;
    COSDictionary previous = null;
    for (OutlineEntry entry : entries) {
      COSDictionary item = new COSDictionary();
      item.setItem(COSName.TITLE, new COSString(entry.title()));
      item.setItem(COSName.PARENT, parent);
      item.setItem(COSName.DEST, destinations.of(entry.anchorId()));
      if (previous == null) {
        parent.setItem(COSName.FIRST, item);
      } else {
        previous.setItem(COSName.NEXT, item);
        item.setItem(COSName.PREV, previous);
      }
      if (!entry.children().isEmpty()) {
        int below = addChildren(item, entry.children(), destinations);
        item.setInt(COSName.COUNT, below);
        visible += below;
      }
      visible++;
      previous = item;
    }
    parent.setItem(COSName.LAST, previous);
    return visible;
  }
}

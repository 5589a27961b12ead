package cz.sazba.transform;

import cz.sazba.model.Block;
import cz.sazba.model.Chapter;
import cz.sazba.model.ModelWalk;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The anchors already taken in a manuscript, so that generated headings get ids of their own. The
 * reader made the manuscript's heading ids unique; what we add must not collide with them.
 */
final class AnchorIds {
  private AnchorIds() {}

  /** Every id the chapters' blocks define: headings, divs, figures, tables. */
  static Set<String> headingIds(List<Chapter> chapters) {
    Set<String> ids = new TreeSet<>();
    for (Chapter c : chapters) collect(c.blocks(), ids);
    return ids;
  }

  private static void collect(List<Block> blocks, Set<String> ids) {
    ModelWalk.forEachBlock(blocks, b -> ids.addAll(ModelWalk.ownAnchors(b)));
  }

  /** {@code base}, or {@code base-1}, {@code base-2}, ... (pandoc's way) if that is taken. */
  static String unique(String base, Set<String> taken) {
    if (!taken.contains(base)) return base;
    for (int n = 1; ; n++) {
      String candidate = base + "-" + n;
      if (!taken.contains(candidate)) return candidate;
    }
  }
}

package cz.sazba.typeset;

import cz.sazba.model.Block;
import cz.sazba.model.Figure;
import cz.sazba.model.Link;
import cz.sazba.model.ModelWalk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order a division's blocks are laid out in: as written, except that a figure written after
 * the paragraph that first refers to it ({@code [@fig:map]}) is laid out right after that
 * paragraph, so that it floats from where the reader is sent to it, not from where the author
 * happened to put it. Figures keep their order among themselves (a later figure never moves
 * before an earlier one), so their numbers still run up the pages.
 */
final class FigureOrder {
  private FigureOrder() {}

  static List<Integer> of(List<Block> blocks) {
    Map<String, Integer> firstMention = new HashMap<>();
    for (int b = 0; b < blocks.size(); b++) {
      int index = b;
      ModelWalk.forEachInline(List.of(blocks.get(b)), i -> {
        if (i instanceof Link l && l.isInternal()) firstMention.putIfAbsent(l.anchor(), index);
      });
    }
    // Sort key: (the block after which it is laid out, then its place among what moved there).
    long[] key = new long[blocks.size()];
    long previousFigure = Long.MIN_VALUE;
    for (int b = 0; b < blocks.size(); b++) {
      long k = (long) b << 20;
      if (blocks.get(b) instanceof Figure f) {
        Integer m = f.id().isEmpty() ? null : firstMention.get(f.id());
        if (m != null && m < b) k = ((long) m << 20) + 1 + Math.min(b, (1 << 20) - 2);
        k = Math.max(k, previousFigure + 1);
        previousFigure = k;
      }
      key[b] = k;
    }
    List<Integer> order = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) order.add(b);
    order.sort(Comparator.comparingLong(b -> key[b]));
    return order;
  }
}

package cz.sazba.epub;

import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.Book;
import cz.sazba.model.Division;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import java.util.ArrayList;
import java.util.List;

/** The book's headings in reading order, each with the file it is in: what the navigation lists. */
final class Headings {
  private Headings() {}

  /** One heading: level 1–3, anchor, file name and content. */
  record Entry(int level, String id, String file, List<Inline> content) {}

  static List<Entry> of(Book book) {
    List<Entry> out = new ArrayList<>();
    for (Division d : book.divisions()) collect(d.blocks(), ContentDocument.fileName(d), out);
    return List.copyOf(out);
  }

  /** The first heading among the blocks (not looking into lists and quotes), if any. */
  static java.util.Optional<Heading> first(List<Block> blocks) {
    for (Block b : blocks) if (b instanceof Heading h) return java.util.Optional.of(h);
    return java.util.Optional.empty();
  }

  private static void collect(List<Block> blocks, String file, List<Entry> out) {
    for (Block b : blocks) {
      if (b instanceof Heading h) out.add(new Entry(h.level(), h.id(), file, h.content()));
      else if (b instanceof BlockQuote q) collect(q.blocks(), file, out);
      else if (b instanceof ListBlock l) for (ListItem item : l.items()) collect(item.blocks(), file, out);
    }
  }

  /**
   * Nests a flat list of levelled entries into the tree the {@code ol}s of a navigation follow. A
   * jump of more than one level nests only one deeper, so every list item has a parent.
   */
  static <T> List<Node<T>> nest(List<T> items, java.util.function.ToIntFunction<T> level) {
    List<Node<T>> roots = new ArrayList<>();
    List<Node<T>> stack = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    for (T item : items) {
      int l = level.applyAsInt(item);
      while (!levels.isEmpty() && levels.get(levels.size() - 1) >= l) {
        levels.remove(levels.size() - 1);
        stack.remove(stack.size() - 1);
      }
      Node<T> node = new Node<>(item, new ArrayList<>());
      if (stack.isEmpty()) roots.add(node);
      else stack.get(stack.size() - 1).children().add(node);
      stack.add(node);
      levels.add(l);
    }
    return roots;
  }

  /** An entry and those nested under it. */
  record Node<T>(T item, List<Node<T>> children) {}

  static int depth(List<? extends Node<?>> nodes) {
    int max = 0;
    for (Node<?> n : nodes) max = Math.max(max, 1 + depth(n.children()));
    return max;
  }
}

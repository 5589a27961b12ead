package cz.sazba.epub;

import cz.sazba.model.Block;
import cz.sazba.model.Book;
import cz.sazba.model.Division;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.ModelWalk;
import cz.sazba.model.Text;
import java.util.ArrayList;
import java.util.List;

/** The book's headings in reading order, each with the file it is in: what the navigation lists. */
final class Headings {
  private Headings() {}

  /** One heading: level 1–6, anchor, file name and content. */
  record Entry(int level, String id, String file, List<Inline> content) {}

  static List<Entry> of(Book book) {
    List<Entry> out = new ArrayList<>();
    int depth = book.metadata().text().navigationDepth();
    for (Division d : book.divisions()) collect(d.blocks(), ContentDocument.fileName(d), depth, out);
    return List.copyOf(out);
  }

  /** The first heading among the blocks (not looking into lists and quotes), if any. */
  static java.util.Optional<Heading> first(List<Block> blocks) {
    for (Block b : blocks) if (b instanceof Heading h) return java.util.Optional.of(h);
    return java.util.Optional.empty();
  }

  /**
   * The headings that open sections ({@link ModelWalk#forEachSectionHeading}, as the contents
   * list has them), down to the book's navigation depth, each with its section number before its text.
   */
  private static void collect(List<Block> blocks, String file, int depth, List<Entry> out) {
    ModelWalk.forEachSectionHeading(blocks, h -> {
      if (h.level() <= depth) {
        List<Inline> content = new ArrayList<>();
        h.number().ifPresent(n -> content.add(new Text(n + " ", h.span())));
        content.addAll(h.content());
        out.add(new Entry(h.level(), h.id(), file, content));
      }
    });
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

  /**
   * The navigation's tree: each file's headings nest among themselves only, so a chapter whose
   * sections start at level 2 is not hung under the generated page before it.
   */
  static List<Node<Entry>> nestByFile(List<Entry> entries) {
    List<Node<Entry>> roots = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= entries.size(); i++) {
      if (i == entries.size() || !entries.get(i).file().equals(entries.get(from).file())) {
        roots.addAll(nest(entries.subList(from, i), Entry::level));
        from = i;
      }
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

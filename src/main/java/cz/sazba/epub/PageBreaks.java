package cz.sazba.epub;

import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.Book;
import cz.sazba.model.ContentsList;
import cz.sazba.model.Division;
import cz.sazba.model.Heading;
import cz.sazba.model.Inlines;
import cz.sazba.model.ListBlock;
import cz.sazba.model.Paragraph;
import cz.sazba.model.ReferenceList;
import cz.sazba.model.TitlePage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The printed pages resolved against the book: for each leaf block, the page-break markers it
 * holds and the character offset (moved back to the start of a word) where each goes.
 */
final class PageBreaks {
  /** One marker: its printed label, its element id and its offset into the leaf's plain text. */
  record Break(String label, String id, String file, int offset) {}

  private final Map<String, List<Break>> byLeaf = new HashMap<>();
  private final List<Break> inPrintOrder;

  private PageBreaks(List<Break> inPrintOrder) {
    this.inPrintOrder = List.copyOf(inPrintOrder);
  }

  static PageBreaks none() {
    return new PageBreaks(List.of());
  }

  /**
   * Resolves every page. A page that names a division or block path the book does not have is a
   * bug in the stage that computed it, not a problem of the manuscript, hence the exception.
   */
  static PageBreaks resolve(Book book, List<PrintPage> pages) {
    Map<String, Division> divisions = new HashMap<>();
    for (Division d : book.divisions()) divisions.putIfAbsent(d.id(), d);
    List<Break> ordered = new ArrayList<>();
    Map<String, List<Break>> byLeaf = new HashMap<>();
    Set<String> usedIds = new HashSet<>();
    for (PrintPage page : pages) {
      Division d = divisions.get(page.divisionId());
      if (d == null) throw new IllegalArgumentException("page " + page.label() + ": no division " + page.divisionId());
      String text = leafText(d.blocks(), page.blockPath(), 0, page);
      int offset = wordStart(text, page.charOffset());
      Break b = new Break(page.label(), uniqueId(page.label(), usedIds), ContentDocument.fileName(d), offset);
      ordered.add(b);
      byLeaf.computeIfAbsent(key(d.id(), page.blockPath()), k -> new ArrayList<>()).add(b);
    }
    PageBreaks result = new PageBreaks(ordered);
    for (Map.Entry<String, List<Break>> e : byLeaf.entrySet()) {
      List<Break> sorted = new ArrayList<>(e.getValue());
      sorted.sort(Comparator.comparingInt(Break::offset)); // stable: print order among equals
      result.byLeaf.put(e.getKey(), List.copyOf(sorted));
    }
    return result;
  }

  /** The markers in the leaf at this path, sorted by offset; empty for most leaves. */
  List<Break> at(String divisionId, List<Integer> path) {
    return byLeaf.getOrDefault(key(divisionId, path), List.of());
  }

  /** Every marker in the order of the printed pages: the page list. */
  List<Break> all() {
    return inPrintOrder;
  }

  boolean isEmpty() {
    return inPrintOrder.isEmpty();
  }

  static String key(String divisionId, List<Integer> path) {
    return divisionId + "\u0000" + path;
  }

  /**
   * The nearest start of a word at or before {@code offset}: a marker never splits a word, and a
   * page that starts after a hyphenated line break is marked before the whole word. The end of
   * the text counts as a word boundary.
   */
  static int wordStart(String text, int offset) {
    int o = Math.max(0, Math.min(offset, text.length()));
    while (o > 0 && o < text.length() && !Character.isWhitespace(text.charAt(o - 1))) o--;
    return o;
  }

  /** {@code page-<label>} made safe for an id, unique within the book. */
  private static String uniqueId(String label, Set<String> used) {
    StringBuilder s = new StringBuilder("page-");
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
      s.append(safe ? c : '_');
    }
    String id = s.toString();
    for (int n = 2; !used.add(id); n++) id = s + "-" + n;
    return id;
  }

  private static String leafText(List<Block> blocks, List<Integer> path, int depth, PrintPage page) {
    int i = path.get(depth);
    if (i < 0 || i >= blocks.size()) throw badPath(page);
    Block b = blocks.get(i);
    boolean last = depth == path.size() - 1;
    if (b instanceof Paragraph p && last) return Inlines.plainText(p.content());
    if (b instanceof Heading h && last) return Inlines.plainText(h.content());
    if (b instanceof TitlePage && last) return ""; // a page that starts with the title page starts at its top
    if (b instanceof BlockQuote q && !last) return leafText(q.blocks(), path, depth + 1, page);
    if (b instanceof ListBlock l && path.size() >= depth + 3) {
      int item = path.get(depth + 1);
      if (item < 0 || item >= l.items().size()) throw badPath(page);
      return leafText(l.items().get(item).blocks(), path, depth + 2, page);
    }
    if (b instanceof ReferenceList r && path.size() == depth + 2) {
      int e = path.get(depth + 1);
      if (e < 0 || e >= r.entries().size()) throw badPath(page);
      return Inlines.plainText(r.entries().get(e).content());
    }
    if (b instanceof ContentsList c && path.size() == depth + 2) {
      int e = path.get(depth + 1);
      if (e < 0 || e >= c.entries().size()) throw badPath(page);
      return Inlines.plainText(c.entries().get(e).title());
    }
    throw badPath(page);
  }

  private static IllegalArgumentException badPath(PrintPage page) {
    return new IllegalArgumentException("page " + page.label() + ": block path " + page.blockPath()
        + " does not end at a block with text in division " + page.divisionId());
  }
}

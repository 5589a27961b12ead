package cz.sazba.epub;

import cz.sazba.model.Figure;
import cz.sazba.model.Table;
import cz.sazba.model.TableRow;
import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.BlockVisitor;
import cz.sazba.model.Book;
import cz.sazba.model.ContentsList;
import cz.sazba.model.Division;
import cz.sazba.model.CodeBlock;
import cz.sazba.model.DefinitionList;
import cz.sazba.model.Div;
import cz.sazba.model.Heading;
import cz.sazba.model.ThematicBreak;
import cz.sazba.model.Inlines;
import cz.sazba.model.ListBlock;
import cz.sazba.model.Locator;
import cz.sazba.model.Paragraph;
import cz.sazba.model.ReferenceList;
import cz.sazba.model.ReferencesSlot;
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
 * holds and the character offset (moved back to the start of a word) where each goes, found
 * from each page's {@link Locator}.
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
      Locator at = page.start();
      Division d = divisions.get(at.divisionId());
      if (d == null) throw new IllegalArgumentException("page " + page.label() + ": no division " + at.divisionId());
      String text = leafText(d.blocks(), at.blockPath(), 0, page);
      int offset = wordStart(text, at.offset());
      Break b = new Break(page.label(), uniqueId(page.label(), usedIds), ContentDocument.fileName(d), offset);
      ordered.add(b);
      byLeaf.computeIfAbsent(key(d.id(), at.blockPath()), k -> new ArrayList<>()).add(b);
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

  /**
   * The plain text of the leaf block a page's locator names. Each kind says for itself whether
   * it is a leaf (a paragraph, a heading, an entry) or how the path goes on inside it.
   */
  private static String leafText(List<Block> blocks, List<Integer> path, int depth, PrintPage page) {
    int i = path.get(depth);
    if (i < 0 || i >= blocks.size()) throw badPath(page);
    boolean last = depth == path.size() - 1;
    return blocks.get(i).accept(new BlockVisitor<String>() {
      @Override public String visitParagraph(Paragraph p) {
        if (!last) throw badPath(page);
        return Inlines.plainText(p.content());
      }

      @Override public String visitHeading(Heading h) {
        if (!last) throw badPath(page);
        return Inlines.plainText(h.content());
      }

      @Override public String visitTitlePage(TitlePage t) {
        if (!last) throw badPath(page);
        return ""; // a page that starts with the title page starts at its top
      }

      @Override public String visitBlockQuote(BlockQuote q) {
        if (last) throw badPath(page);
        return leafText(q.blocks(), path, depth + 1, page);
      }

      @Override public String visitList(ListBlock l) {
        if (path.size() < depth + 3) throw badPath(page);
        int item = path.get(depth + 1);
        if (item < 0 || item >= l.items().size()) throw badPath(page);
        return leafText(l.items().get(item).blocks(), path, depth + 2, page);
      }

      @Override public String visitReferenceList(ReferenceList r) {
        if (path.size() != depth + 2) throw badPath(page);
        int e = path.get(depth + 1);
        if (e < 0 || e >= r.entries().size()) throw badPath(page);
        return Inlines.plainText(r.entries().get(e).content());
      }

      @Override public String visitContentsList(ContentsList c) {
        if (path.size() != depth + 2) throw badPath(page);
        int e = path.get(depth + 1);
        if (e < 0 || e >= c.entries().size()) throw badPath(page);
        return Inlines.plainText(c.entries().get(e).title());
      }

      @Override public String visitDiv(Div d) {
        if (last) throw badPath(page);
        return leafText(d.blocks(), path, depth + 1, page);
      }

      @Override public String visitCodeBlock(CodeBlock c) {
        if (!last) throw badPath(page);
        return c.text();
      }

      @Override public String visitThematicBreak(ThematicBreak t) {
        if (!last) throw badPath(page);
        return ""; // a page that starts with a scene break's mark starts at it
      }

      @Override public String visitDefinitionList(DefinitionList l) {
        // Item i, then 0 for its term or k + 1 for its definition k, whose blocks go on.
        if (path.size() < depth + 3) throw badPath(page);
        int item = path.get(depth + 1);
        if (item < 0 || item >= l.items().size()) throw badPath(page);
        int part = path.get(depth + 2);
        if (part == 0) {
          if (path.size() != depth + 3) throw badPath(page);
          return Inlines.plainText(l.items().get(item).term());
        }
        if (part - 1 >= l.items().get(item).definitions().size()) throw badPath(page);
        return leafText(l.items().get(item).definitions().get(part - 1), path, depth + 3, page);
      }

      @Override public String visitReferencesSlot(ReferencesSlot s) {
        throw badPath(page); // filled by the transforms; never in a built book
      }

      @Override public String visitFigure(Figure f) {
        if (!last) throw badPath(page);
        return Inlines.plainText(f.caption()); // a page that starts with a figure starts at its caption's text
      }

      @Override public String visitTable(Table t) {
        // Row r of the rows (header rows first), cell c, whose blocks go on; a table itself starts at its caption.
        if (last) return Inlines.plainText(t.caption());
        if (path.size() < depth + 4) throw badPath(page);
        List<TableRow> rows = t.rows();
        int r = path.get(depth + 1);
        if (r < 0 || r >= rows.size()) throw badPath(page);
        int c = path.get(depth + 2);
        if (c < 0 || c >= rows.get(r).cells().size()) throw badPath(page);
        return leafText(rows.get(r).cells().get(c).blocks(), path, depth + 3, page);
      }
    });
  }

  private static IllegalArgumentException badPath(PrintPage page) {
    return new IllegalArgumentException("page " + page.label() + ": block path " + page.start().blockPath()
        + " does not end at a block with text in division " + page.start().divisionId());
  }
}

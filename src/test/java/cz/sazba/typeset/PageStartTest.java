package cz.sazba.typeset;

import static cz.sazba.typeset.TestBooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.font.FontSet;
import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.Book;
import cz.sazba.model.Division;
import cz.sazba.model.DivisionKind;
import cz.sazba.model.Heading;
import cz.sazba.model.Inlines;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.model.Locator;
import cz.sazba.model.Paragraph;
import cz.sazba.model.ReferenceEntry;
import cz.sazba.model.ReferenceList;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Span;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.Page;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.StructNode;
import cz.sazba.typeset.page.StructRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each page's start, as given to the EPUB, points at the text the page begins with. */
class PageStartTest {
  static final Span G = Span.GENERATED;

  static Paragraph para(String s) {
    return new Paragraph(List.of(text(s)), G);
  }

  static Book book() {
    String sentence = "A sentence of ordinary length that makes the block run over several lines of the page. ";
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(1, "h", List.of(text("Lists, quotes and references")), G));
    List<ListItem> items = new ArrayList<>();
    for (int i = 0; i < 40; i++) items.add(new ListItem(List.of(para("Item " + i + ". " + sentence.repeat(i % 3))), G));
    blocks.add(new ListBlock(false, 1, items, G));
    List<Block> quoted = new ArrayList<>();
    for (int i = 0; i < 8; i++) quoted.add(para("Quoted " + i + ". " + sentence.repeat(4)));
    blocks.add(new BlockQuote(quoted, G));
    List<ReferenceEntry> refs = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      refs.add(new ReferenceEntry(i, "ref-" + i, "k" + i, List.of(text("Author " + i + ". " + sentence.repeat(i % 3))),
          List.of()));
    }
    blocks.add(new ReferenceList(refs, G));
    return new Book(TestBooks.metadata("Starts"), List.of(new Division(DivisionKind.CHAPTER, "ch01", blocks)));
  }

  /** The plain text of the block a page start names, as the EPUB reads it. */
  static String leaf(List<Block> blocks, List<Integer> path) {
    Block b = blocks.get(path.get(0));
    List<Integer> rest = path.subList(1, path.size());
    if (b instanceof Paragraph p) return Inlines.plainText(p.content());
    if (b instanceof Heading h) return Inlines.plainText(h.content());
    if (b instanceof BlockQuote q) return leaf(q.blocks(), rest);
    if (b instanceof ListBlock l) return leaf(l.items().get(rest.get(0)).blocks(), rest.subList(1, rest.size()));
    if (b instanceof ReferenceList r) return Inlines.plainText(r.entries().get(rest.get(0)).content());
    throw new AssertionError("path " + path);
  }

  @Test
  void pageStartsPointAtTheFirstWordOfTheirPage() {
    Book book = book();
    TypesetResult r = Typesetter.typeset(book, FontSet.bundled(), new Diagnostics()).orElseThrow();
    Map<Integer, StructRole> roles = new HashMap<>();
    index(r.book().structure(), roles);
    List<Page> pages = r.book().pages();
    assertTrue(pages.size() >= 4, "pages: " + pages.size());
    for (int i = 0; i < pages.size(); i++) {
      Locator start = pages.get(i).start().orElseThrow();
      String first = firstWord(pages.get(i), roles);
      String leaf = leaf(book.divisions().get(0).blocks(), start.blockPath());
      assertTrue(leaf.startsWith(first, start.offset()),
          "page " + (i + 1) + " begins with \"" + first + "\", its start points at \""
              + leaf.substring(start.offset(), Math.min(leaf.length(), start.offset() + 20)) + "\" "
              + start.blockPath());
    }
  }

  /** The page's first word of text: not a list label, not a running head or folio. */
  static String firstWord(Page page, Map<Integer, StructRole> roles) {
    for (PageElement e : page.elements()) {
      if (e instanceof GlyphRun g && !g.tag().isArtifact() && roles.get(g.tag().structId()) != StructRole.LIST_LABEL) {
        String t = g.text().startsWith("-") && g.text().length() > 1 ? g.text().substring(1) : g.text();
        int space = t.indexOf(' ');
        return space < 0 ? t : t.substring(0, space);
      }
    }
    throw new AssertionError("no text on page " + page.label());
  }

  static void index(StructNode n, Map<Integer, StructRole> roles) {
    roles.put(n.id(), n.role());
    for (StructNode c : n.children()) index(c, roles);
  }
}

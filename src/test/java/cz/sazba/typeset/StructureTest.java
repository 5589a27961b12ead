package cz.sazba.typeset;

import static cz.sazba.typeset.TestBooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.font.FontSet;
import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.Book;
import cz.sazba.model.Citation;
import cz.sazba.model.CitationMark;
import cz.sazba.model.ContentsEntry;
import cz.sazba.model.ContentsList;
import cz.sazba.model.Division;
import cz.sazba.model.DivisionKind;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Lang;
import cz.sazba.model.Link;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.model.Paragraph;
import cz.sazba.model.ReferenceEntry;
import cz.sazba.model.ReferenceList;
import cz.sazba.model.Strong;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Span;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.LaidOutBook;
import cz.sazba.typeset.page.LinkArea;
import cz.sazba.typeset.page.Page;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.StructNode;
import cz.sazba.typeset.page.StructRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The structure tree against the pages: every tag exists, links sit in Link, order agrees. */
class StructureTest {
  static final Span G = Span.GENERATED;
  static final Lang CS = new Lang("cs");

  static Paragraph para(Inline... content) {
    return new Paragraph(List.of(content), G);
  }

  static Citation cite(String id, int number) {
    return new Citation(id, List.of(new CitationMark(number, "ref-" + number, Optional.empty())), G);
  }

  /** A book with every kind of block and inline, links over foreign text included. */
  static Book richBook() {
    List<ContentsEntry> toc = List.of(
        new ContentsEntry(1, "intro", List.of(text("Introduction"))),
        new ContentsEntry(2, "praha", List.of(new Foreign(CS, List.of(text("Pražské jaro")), G), text(" and after"))));
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(1, "intro", List.of(text("Introduction")), G));
    blocks.add(para(text("The "), new Link("https://example.org/", List.of(new Foreign(CS, List.of(text("Sovětský svaz")), G)), G),
        text(" and the "), new Emph(List.of(text("states")), G), text(", which "), new Strong(List.of(text("bold")), G),
        text("ing states"), cite("c1", 1), text(" and more text to fill the line with many words so that it breaks.")));
    List<ListItem> items = new ArrayList<>();
    for (int i = 0; i < 3; i++) items.add(new ListItem(List.of(para(text("Item " + i + " of the list."))), G));
    blocks.add(new ListBlock(true, 1, items, G));
    blocks.add(new BlockQuote(List.of(para(text("A quotation, with a "), new Link("#praha", List.of(
        new Foreign(CS, List.of(text("odkaz")), G)), G), text(" inside.")), para(text("Its second paragraph."))), G));
    blocks.add(new Heading(2, "praha", List.of(new Foreign(CS, List.of(text("Pražské jaro")), G), text(" and after")), G));
    blocks.add(para(text("Text after the second heading, long enough to be a paragraph of its own on the page.")));
    blocks.add(new ReferenceList(List.of(
        new ReferenceEntry(1, "ref-1", "k1", List.of(text("Author, A. "), new Emph(List.of(text("A Title")), G),
            text(". "), new Link("https://example.org/a", List.of(text("https://example.org/a")), G)), List.of("c1"))), G));
    return new Book(TestBooks.metadata("Structure"), List.of(
        new Division(DivisionKind.CONTENTS, "contents", List.of(new ContentsList(toc, G))),
        new Division(DivisionKind.CHAPTER, "ch01", blocks)));
  }

  static LaidOutBook typeset(Book book) {
    Diagnostics d = new Diagnostics();
    LaidOutBook laid = Typesetter.typeset(book, FontSet.bundled(), d).orElseThrow().book();
    assertFalse(d.hasErrors(), () -> d.sorted().toString());
    return laid;
  }

  static void index(StructNode n, Map<Integer, StructNode> byId, List<Integer> preorder) {
    assertFalse(byId.containsKey(n.id()), "duplicate id " + n.id());
    byId.put(n.id(), n);
    preorder.add(n.id());
    for (StructNode c : n.children()) index(c, byId, preorder);
  }

  @Test
  void aContentsEntryHoldsItsLink() {
    // The typesetter says what the nodes are; the PDF writer puts the Reference ISO 32000-1 wants
    // between a TOCI and its Link (PdfRolesTest).
    Map<Integer, StructNode> byId = new HashMap<>();
    index(typeset(richBook()).structure(), byId, new ArrayList<>());
    int entries = 0;
    for (StructNode n : byId.values()) {
      if (n.role() != StructRole.CONTENTS_ENTRY) continue;
      entries++;
      assertEquals(StructRole.LINK, n.children().get(0).role(), "a contents entry holds its link");
    }
    assertEquals(2, entries);
  }

  @Test
  void everyTagIsANodeAndEveryLinkAreaALinkNode() {
    LaidOutBook book = typeset(richBook());
    Map<Integer, StructNode> byId = new HashMap<>();
    index(book.structure(), byId, new ArrayList<>());
    int links = 0;
    for (Page p : book.pages()) {
      for (PageElement e : p.elements()) {
        if (e.tag().isArtifact()) continue;
        StructNode node = byId.get(e.tag().structId());
        assertTrue(node != null, "no node " + e.tag().structId() + " for " + e);
        if (e instanceof LinkArea l) {
          links++;
          assertEquals(StructRole.LINK, node.role(), "the link to " + l.href() + " belongs to a " + node.role());
        }
      }
    }
    assertTrue(links >= 6, "link areas: " + links);
  }

  /**
   * Runs on the pages, in order, walk the tree in reading order: each run's node comes later in
   * the tree than the previous run's, or is an ancestor of it (text of a paragraph after a link).
   */
  @Test
  void readingOrderOfTheTreeIsTheOrderOfThePages() {
    LaidOutBook book = typeset(richBook());
    Map<Integer, StructNode> byId = new HashMap<>();
    List<Integer> preorder = new ArrayList<>();
    index(book.structure(), byId, preorder);
    Map<Integer, Integer> parent = new HashMap<>();
    for (StructNode n : byId.values()) for (StructNode c : n.children()) parent.put(c.id(), n.id());
    int previous = -1;
    int runs = 0;
    for (Page p : book.pages()) {
      for (PageElement e : p.elements()) {
        if (!(e instanceof GlyphRun r) || r.tag().isArtifact()) continue;
        int node = r.tag().structId();
        runs++;
        if (previous >= 0 && node != previous) {
          boolean later = preorder.indexOf(node) > preorder.indexOf(previous);
          boolean ancestor = false;
          for (Integer a = parent.get(previous); a != null; a = parent.get(a)) ancestor |= a == node;
          final int prev = previous;
          assertTrue(later || ancestor, () -> "node " + node + " (" + byId.get(node).role() + ", \"" + r.text()
              + "\") comes after node " + prev + " (" + byId.get(prev).role() + ") on page " + p.label());
        }
        previous = node;
      }
    }
    assertTrue(runs > 20, "runs: " + runs);
  }
}

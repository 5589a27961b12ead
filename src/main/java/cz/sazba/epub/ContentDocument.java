package cz.sazba.epub;

import cz.sazba.model.Figure;
import cz.sazba.model.Table;
import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.BlockVisitor;
import cz.sazba.model.CodeBlock;
import cz.sazba.model.DefinitionItem;
import cz.sazba.model.DefinitionList;
import cz.sazba.model.Div;
import cz.sazba.model.Note;
import cz.sazba.model.ThematicBreak;
import cz.sazba.model.Book;
import cz.sazba.model.ContentsEntry;
import cz.sazba.model.ContentsList;
import cz.sazba.model.Division;
import cz.sazba.model.DivisionKind;
import cz.sazba.model.Heading;
import cz.sazba.model.Inlines;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.model.ListNumbering;
import cz.sazba.model.Paragraph;
import cz.sazba.model.ReferenceEntry;
import cz.sazba.model.ReferenceList;
import cz.sazba.model.ReferencesSlot;
import cz.sazba.model.TitlePage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One division of the book as an XHTML5 content document. */
final class ContentDocument {
  private final Book book;
  private final Division division;
  private final AnchorIndex anchors;
  private final PageBreaks pages;
  private final Labels labels;
  private final StringBuilder out = new StringBuilder(8192);
  /** The footnotes met so far in this file, written at its end. */
  private final List<Note> notes = new ArrayList<>();
  /** The label a marked list's item writes at the start of its first paragraph, until that paragraph is written. */
  private String pendingLabel;

  private ContentDocument(Book book, Division division, AnchorIndex anchors, PageBreaks pages, Labels labels) {
    this.book = book;
    this.division = division;
    this.anchors = anchors;
    this.pages = pages;
    this.labels = labels;
  }

  /** The file a division becomes, next to the package document. */
  static String fileName(Division d) {
    return d.id() + ".xhtml";
  }

  static String write(Book book, Division division, AnchorIndex anchors, PageBreaks pages, Labels labels) {
    return new ContentDocument(book, division, anchors, pages, labels).document();
  }

  private String document() {
    Optional<Heading> first = Headings.first(division.blocks());
    String title = first.map(h -> Inlines.plainText(h.content())).orElse(defaultTitle());
    XhtmlHead.open(out, book.metadata().lang(), title);
    out.append("<body epub:type=\"").append(division.kind() == DivisionKind.CHAPTER ? "bodymatter" : "frontmatter")
        .append("\">\n");
    out.append(sectionOpening(first)).append('\n');
    blocks(division.blocks(), new ArrayList<>());
    footnotes();
    out.append(division.kind() == DivisionKind.CONTENTS ? "</nav>\n" : "</section>\n");
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private String defaultTitle() {
    if (division.kind() == DivisionKind.TITLE_PAGE) return book.metadata().title();
    if (division.kind() == DivisionKind.COLOPHON) return labels.colophon();
    if (division.kind() == DivisionKind.CONTENTS) return labels.contents();
    return book.metadata().title();
  }

  /** The wrapper that tells reading systems and assistive technology what the division is. */
  private String sectionOpening(Optional<Heading> first) {
    String name = first.map(h -> " aria-labelledby=\"" + Xml.attr(h.id()) + "\"")
        .orElse(" aria-label=\"" + Xml.attr(defaultTitle()) + "\"");
    if (division.kind() == DivisionKind.TITLE_PAGE) {
      return "<section epub:type=\"titlepage\" aria-label=\"" + Xml.attr(labels.titlePage()) + "\">";
    }
    if (division.kind() == DivisionKind.COLOPHON) return "<section epub:type=\"copyright-page\"" + name + ">";
    if (division.kind() == DivisionKind.CONTENTS) return "<nav epub:type=\"toc\" role=\"doc-toc\"" + name + ">";
    return "<section epub:type=\"chapter\" role=\"doc-chapter\"" + name + ">";
  }

  private void blocks(List<Block> blocks, List<Integer> parent) {
    for (int i = 0; i < blocks.size(); i++) {
      List<Integer> path = append(parent, i);
      Block b = blocks.get(i);
      // A heading right before the reference list names it: both go into the bibliography section.
      if (b instanceof Heading h && i + 1 < blocks.size() && blocks.get(i + 1) instanceof ReferenceList r) {
        out.append("<section epub:type=\"bibliography\" role=\"doc-bibliography\" aria-labelledby=\"")
            .append(Xml.attr(h.id())).append("\">\n");
        heading(h, path);
        referenceList(r, append(parent, i + 1));
        out.append("</section>\n");
        i++;
        continue;
      }
      if (b instanceof ReferenceList r) {
        out.append("<section epub:type=\"bibliography\" role=\"doc-bibliography\" aria-label=\"")
            .append(Xml.attr(labels.references())).append("\">\n");
        referenceList(r, path);
        out.append("</section>\n");
        continue;
      }
      block(b, path);
    }
  }

  private void block(Block b, List<Integer> path) {
    b.accept(new BlockWriter(path));
  }

  /** What each kind of block becomes; {@code path} is the block's place, for its page markers. */
  private final class BlockWriter implements BlockVisitor<Void> {
    private final List<Integer> path;

    BlockWriter(List<Integer> path) {
      this.path = path;
    }

    @Override public Void visitHeading(Heading h) { heading(h, path); return null; }
    @Override public Void visitParagraph(Paragraph p) {
      List<PageBreaks.Break> breaks = leadingBreaksFirst(path);
      out.append("<p>");
      if (pendingLabel != null) {
        label(pendingLabel);
        pendingLabel = null;
      }
      InlineWriter.write(out, p.content(), anchors, breaks, notes);
      out.append("</p>\n");
      return null;
    }
    @Override public Void visitBlockQuote(BlockQuote q) {
      out.append("<blockquote>\n");
      blocks(q.blocks(), path);
      out.append("</blockquote>\n");
      return null;
    }
    @Override public Void visitList(ListBlock l) { list(l, path); return null; }
    @Override public Void visitContentsList(ContentsList c) { contents(c, path); return null; }
    @Override public Void visitTitlePage(TitlePage t) { titlePage(t, path); return null; }
    @Override public Void visitReferenceList(ReferenceList r) { referenceList(r, path); return null; }
    @Override public Void visitReferencesSlot(ReferencesSlot s) {
      // Replaced by the citation transform before any output; nothing to show if one slipped through.
      return null;
    }
    @Override public Void visitCodeBlock(CodeBlock c) {
      leadingBreaksFirst(path);
      out.append("<pre><code");
      c.language().ifPresent(l -> out.append(" class=\"language-").append(Xml.attr(l)).append('"'));
      out.append('>').append(Xml.text(c.text())).append("</code></pre>\n");
      return null;
    }
    @Override public Void visitThematicBreak(ThematicBreak t) {
      leadingBreaksFirst(path);
      out.append("<hr/>\n");
      return null;
    }
    @Override public Void visitDefinitionList(DefinitionList l) {
      out.append("<dl>\n");
      // The paths the PDF's page locators use: item i, then 0 for its term or k + 1 for its
      // definition k (DefinitionListLayouter, PageBreaks), so a page starting in a list is marked.
      for (int i = 0; i < l.items().size(); i++) {
        DefinitionItem item = l.items().get(i);
        List<Integer> itemPath = append(path, i);
        out.append("<dt>");
        InlineWriter.write(out, item.term(), anchors, pages.at(division.id(), append(itemPath, 0)), notes);
        out.append("</dt>\n");
        for (int k = 0; k < item.definitions().size(); k++) {
          out.append("<dd>");
          blocks(item.definitions().get(k), append(itemPath, k + 1));
          out.append("</dd>\n");
        }
      }
      out.append("</dl>\n");
      return null;
    }
    @Override public Void visitFigure(Figure f) {
      figure(f, path);
      return null;
    }
    @Override public Void visitTable(Table t) {
      leadingBreaksFirst(path);
      TableWriter.write(out, t, book.metadata().lang(), path, new TableWriter.Content() {
        @Override public void blocks(List<Block> blocks, List<Integer> at) {
          ContentDocument.this.blocks(blocks, at);
        }

        @Override public void inlines(List<cz.sazba.model.Inline> inlines, List<Integer> at) {
          InlineWriter.write(out, inlines, anchors, at.isEmpty() ? List.of() : pages.at(division.id(), at), notes);
        }
      });
      return null;
    }
    @Override public Void visitDiv(Div d) {
      out.append("<div");
      if (!d.id().isEmpty()) out.append(" id=\"").append(Xml.attr(d.id())).append('"');
      d.lang().ifPresent(l -> out.append(" lang=\"").append(Xml.attr(l.tag())).append("\" xml:lang=\"")
          .append(Xml.attr(l.tag())).append('"'));
      out.append(">\n");
      blocks(d.blocks(), path);
      out.append("</div>\n");
      return null;
    }
  }

  /**
   * {@code <figure>} with the picture and its numbered caption; the alt text says what the
   * picture shows, the caption is read after it. A decorative picture has {@code alt=""}.
   */
  private void figure(Figure f, List<Integer> path) {
    out.append("<figure");
    if (!f.id().isEmpty()) out.append(" id=\"").append(Xml.attr(f.id())).append('"');
    out.append(">\n");
    for (PageBreaks.Break b : pages.at(division.id(), path)) InlineWriter.pageBreak(out, b);
    cz.sazba.model.Image i = f.image();
    out.append("<img src=\"").append(Xml.attr(anchors.images().href(i))).append("\" alt=\"").append(Xml.attr(i.alt()))
        .append('"');
    String style = InlineWriter.style(i);
    if (!style.isEmpty()) out.append(" style=\"").append(Xml.attr(style)).append('"');
    if (i.decorative()) out.append(" role=\"presentation\"");
    out.append("/>\n<figcaption>");
    InlineWriter.write(out, f.caption(), anchors, List.of(), notes);
    out.append("</figcaption>\n</figure>\n");
  }

  /**
   * The footnotes whose marks this file holds, at its end, in the order of their marks; a note
   * met inside a note (the reader refuses them, a transform might not) follows the others.
   */
  private void footnotes() {
    for (int k = 0; k < notes.size(); k++) {
      Note n = notes.get(k);
      out.append("<aside class=\"footnote\" epub:type=\"footnote\" role=\"doc-footnote\" id=\"").append(Xml.attr(n.id()))
          .append("\">\n");
      out.append("<p class=\"note-label\"><a role=\"doc-backlink\" href=\"#").append(Xml.attr(n.markId()))
          .append("\" aria-label=\"").append(Xml.attr(labels.backToNote() + " " + n.label())).append("\">")
          .append(Xml.text(n.label())).append("</a></p>\n");
      // A note's blocks are no place a printed page starts (page locators name the main text):
      // a path no locator has, so that a page marker of the main text is not written again here.
      blocks(n.blocks(), new ArrayList<>(List.of(-1 - k)));
      out.append("</aside>\n");
    }
  }

  /**
   * Writes the markers at the very start of a block before its element (a page starts with the
   * heading, not inside it) and returns the rest for the inline writer.
   */
  private List<PageBreaks.Break> leadingBreaksFirst(List<Integer> path) {
    List<PageBreaks.Break> rest = new ArrayList<>();
    for (PageBreaks.Break b : pages.at(division.id(), path)) {
      if (b.offset() == 0) {
        InlineWriter.pageBreak(out, b);
        out.append('\n');
      } else rest.add(b);
    }
    return rest;
  }

  private void heading(Heading h, List<Integer> path) {
    List<PageBreaks.Break> breaks = leadingBreaksFirst(path);
    out.append("<h").append(h.level()).append(" id=\"").append(Xml.attr(h.id())).append("\">");
    h.number().ifPresent(n -> out.append("<span class=\"section-number\">").append(Xml.text(n)).append("</span> "));
    InlineWriter.write(out, h.content(), anchors, breaks, notes);
    out.append("</h").append(h.level()).append(">\n");
  }

  /**
   * A list. An ordered one says its start and, for letters and roman numerals, its {@code type};
   * a reader shows {@code 1.}, {@code a.} or {@code iv.} from these alone. Labels with brackets
   * ({@code a)}, {@code (iv)}) and example lists ({@code (1)}) have no HTML or widely supported
   * CSS form, so such a list ({@code class="marked"}) hides the reader's numbers and writes each
   * label as text at the start of its item ({@code <span class="label">}), hung in the indent by
   * the style sheet. The label stays readable text: a reference to an example in the text says
   * {@code (2)}, and a listener hears the same at the item. An unmarked list whose items do not
   * run on from its start (examples {@code @.} with examples nested in them) says each item's
   * {@code value}.
   */
  private void list(ListBlock l, List<Integer> path) {
    boolean marked = l.ordered() && !l.numbering().plainMarkers();
    if (l.ordered()) {
      out.append("<ol");
      if (marked) out.append(" class=\"marked\"");
      if (l.start() != 1) out.append(" start=\"").append(l.start()).append('"');
      String type = htmlType(l.numbering().style());
      if (type != null) out.append(" type=\"").append(type).append('"');
      out.append(">\n");
    } else out.append("<ul>\n");
    for (int i = 0; i < l.items().size(); i++) {
      ListItem item = l.items().get(i);
      out.append("<li");
      // An item not numbered on from the one before (an example after a nested example list).
      if (l.ordered() && !marked && !l.numbering().numbers().isEmpty()) {
        out.append(" value=\"").append(l.numbering().value(i)).append('"');
      }
      out.append('>');
      if (marked) {
        // Into the first paragraph, so the label sits on its first line; else before the item's blocks.
        if (!item.blocks().isEmpty() && item.blocks().get(0) instanceof Paragraph) pendingLabel = l.label(i);
        else label(l.label(i));
      }
      blocks(item.blocks(), append(path, i));
      pendingLabel = null;
      out.append("</li>\n");
    }
    out.append(l.ordered() ? "</ol>\n" : "</ul>\n");
  }

  /** A label of a marked list; the space after it is inside, so the text reads "a) text" and the label box holds it. */
  private void label(String label) {
    out.append("<span class=\"label\">").append(Xml.text(label)).append(" </span>");
  }

  /** HTML's {@code <ol type>} for a style, or null for numbers (the default). */
  private static String htmlType(ListNumbering.Style style) {
    switch (style) {
      case LOWER_ALPHA: return "a";
      case UPPER_ALPHA: return "A";
      case LOWER_ROMAN: return "i";
      case UPPER_ROMAN: return "I";
      default: return null;
    }
  }

  private void referenceList(ReferenceList r, List<Integer> path) {
    out.append("<ol class=\"references\">\n");
    for (int i = 0; i < r.entries().size(); i++) {
      ReferenceEntry e = r.entries().get(i);
      out.append("<li id=\"").append(Xml.attr(e.id())).append("\">");
      if (r.numbered()) out.append("<span class=\"number\">[").append(e.number()).append("]</span> ");
      InlineWriter.write(out, e.content(), anchors, pages.at(division.id(), append(path, i)), notes);
      backlinks(e);
      out.append("</li>\n");
    }
    out.append("</ol>\n");
  }

  private void backlinks(ReferenceEntry e) {
    List<String> targets = new ArrayList<>();
    for (String id : e.citationIds()) anchors.href(id).ifPresent(targets::add);
    for (int k = 0; k < targets.size(); k++) {
      String visible = targets.size() == 1 ? "\u2191" : "\u2191" + (k + 1);
      out.append(" <a class=\"backlink\" role=\"doc-backlink\" href=\"").append(Xml.attr(targets.get(k)))
          .append("\" aria-label=\"").append(Xml.attr(labels.backlinkName(k + 1, targets.size()))).append("\">")
          .append(visible).append("</a>");
    }
  }

  private void contents(ContentsList c, List<Integer> path) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < c.entries().size(); i++) indexes.add(i);
    List<Headings.Node<Integer>> tree = Headings.nest(indexes, i -> c.entries().get(i).level());
    contentsLevel(c, tree, path);
  }

  private void contentsLevel(ContentsList c, List<Headings.Node<Integer>> nodes, List<Integer> path) {
    out.append("<ol class=\"contents\">\n");
    for (Headings.Node<Integer> n : nodes) {
      ContentsEntry e = c.entries().get(n.item());
      out.append("<li>");
      for (PageBreaks.Break b : pages.at(division.id(), append(path, n.item()))) InlineWriter.pageBreak(out, b);
      Optional<String> href = anchors.href(e.targetId());
      if (href.isPresent()) out.append("<a href=\"").append(Xml.attr(href.get())).append("\">");
      InlineWriter.writeInsideLink(out, e.title());
      if (href.isPresent()) out.append("</a>");
      if (!n.children().isEmpty()) {
        out.append('\n');
        contentsLevel(c, n.children(), path);
      }
      out.append("</li>\n");
    }
    out.append("</ol>\n");
  }

  private void titlePage(TitlePage t, List<Integer> path) {
    for (PageBreaks.Break b : pages.at(division.id(), path)) {
      InlineWriter.pageBreak(out, b);
      out.append('\n');
    }
    out.append("<h1 class=\"title\">").append(Xml.text(t.title())).append("</h1>\n");
    t.subtitle().ifPresent(s -> out.append("<p class=\"subtitle\">").append(Xml.text(s)).append("</p>\n"));
    for (String author : t.authors()) out.append("<p class=\"author\">").append(Xml.text(author)).append("</p>\n");
  }

  private static List<Integer> append(List<Integer> path, int index) {
    List<Integer> p = new ArrayList<>(path);
    p.add(index);
    return List.copyOf(p);
  }
}

package cz.sazba.manuscript;

import cz.sazba.model.Figure;
import cz.sazba.model.Image;
import cz.sazba.model.Table;
import cz.sazba.model.TableCell;
import cz.sazba.model.TableColumn;
import cz.sazba.model.TableRow;
import cz.sazba.model.Block;
import cz.sazba.model.BlockVisitor;
import cz.sazba.model.Citation;
import cz.sazba.model.Code;
import cz.sazba.model.CodeBlock;
import cz.sazba.model.ContentsList;
import cz.sazba.model.DefinitionItem;
import cz.sazba.model.DefinitionList;
import cz.sazba.model.Div;
import cz.sazba.model.InlineVisitor;
import cz.sazba.model.Note;
import cz.sazba.model.ReferenceList;
import cz.sazba.model.SmallCaps;
import cz.sazba.model.Strikeout;
import cz.sazba.model.Subscript;
import cz.sazba.model.Superscript;
import cz.sazba.model.ThematicBreak;
import cz.sazba.model.TitlePage;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.Chapter;
import cz.sazba.model.Cite;
import cz.sazba.model.CiteItem;
import cz.sazba.model.CslDate;
import cz.sazba.model.Document;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Layout;
import cz.sazba.model.LineBreak;
import cz.sazba.model.Link;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.model.Metadata;
import cz.sazba.model.Name;
import cz.sazba.model.Paragraph;
import cz.sazba.model.Reference;
import cz.sazba.model.ReferencesSlot;
import cz.sazba.model.Strong;
import cz.sazba.model.Text;
import cz.sazba.source.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The test-side dump of a {@link Document}: an indented tree, one node per line, each with the
 * line:col where it starts (and ends), so a golden file shows both content and positions.
 */
final class ModelPrinter {
  private final StringBuilder out = new StringBuilder();

  static String print(Document document) {
    ModelPrinter p = new ModelPrinter();
    p.metadata(document.metadata());
    for (Chapter c : document.chapters()) p.chapter(c);
    return p.out.toString();
  }

  private void line(int depth, String text) {
    out.append("  ".repeat(depth)).append(text).append('\n');
  }

  private static String at(Span span) {
    return span.file().line(span.start()) + ":" + span.file().column(span.start()) + "-"
        + span.file().line(span.end()) + ":" + span.file().column(span.end());
  }

  /** Quoted, with the characters one cannot see written as escapes. */
  static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') q.append('\\').appendCodePoint(c);
      else if (c == '\n') q.append("\\n");
      else if (c < 0x20 || c == 0xA0 || c == 0xAD || (c >= 0x2000 && c <= 0x200F) || c == 0xFEFF) {
        q.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else q.appendCodePoint(c);
    });
    return q.append('"').toString();
  }

  private void metadata(Metadata m) {
    line(0, "Metadata " + fileName(m.span()));
    line(1, "title " + quote(m.title()));
    m.subtitle().ifPresent(s -> line(1, "subtitle " + quote(s)));
    line(1, "lang " + m.lang().tag());
    for (String a : m.authors()) line(1, "author " + quote(a));
    m.date().ifPresent(d -> line(1, "date " + quote(d)));
    m.rights().ifPresent(r -> line(1, "rights " + quote(r)));
    m.license().ifPresent(l -> {
      line(1, "license " + l.id() + " attribution=" + l.requiresAttribution() + " share-alike=" + l.isShareAlike());
      line(2, "name " + quote(l.name()));
      line(2, "url " + l.url());
    });
    m.source().ifPresent(s -> {
      line(1, "source " + quote(s.title()));
      line(2, "url " + s.url());
      s.revision().ifPresent(r -> line(2, "revision " + r));
      s.edited().ifPresent(e -> line(2, "edited " + e));
      s.history().ifPresent(h -> line(2, "history " + h));
    });
    for (String c : m.changes()) line(1, "change " + quote(c));
    for (Reference r : m.references()) reference(r);
    layout(m.layout());
    cz.sazba.model.TextOptions t = m.text();
    if (!t.equals(cz.sazba.model.TextOptions.defaults())) {
      line(1, "Text number-sections=" + t.numberSections() + " toc-depth=" + t.tocDepth().map(String::valueOf).orElse("default")
          + " smart=" + t.smart() + t.linkBase().map(b -> " link-base=" + b).orElse(""));
    }
  }

  private void reference(Reference r) {
    line(1, "Reference " + r.id() + " " + r.type() + " " + at(r.span()));
    for (Name n : r.authors()) line(2, "author " + name(n));
    r.title().ifPresent(t -> line(2, "title " + quote(t)));
    r.containerTitle().ifPresent(t -> line(2, "container-title " + quote(t)));
    r.publisher().ifPresent(t -> line(2, "publisher " + quote(t)));
    r.publisherPlace().ifPresent(t -> line(2, "publisher-place " + quote(t)));
    r.issued().ifPresent(d -> line(2, "issued " + date(d)));
    r.accessed().ifPresent(d -> line(2, "accessed " + date(d)));
    r.url().ifPresent(u -> line(2, "URL " + u));
    r.page().ifPresent(p -> line(2, "page " + quote(p)));
    r.medium().ifPresent(p -> line(2, "medium " + quote(p)));
    r.language().ifPresent(l -> line(2, "language " + l.tag()));
  }

  private static String name(Name n) {
    if (n.literal().isPresent()) return "literal=" + quote(n.literal().get());
    return "family=" + quote(n.family().orElse("")) + n.given().map(g -> " given=" + quote(g)).orElse("");
  }

  private static String date(CslDate d) {
    return d.year() + (d.month().isPresent() ? "-" + d.month().getAsInt() : "") + (d.day().isPresent() ? "-" + d.day().getAsInt() : "");
  }

  private void layout(Layout l) {
    line(1, String.format(Locale.ROOT, "Layout page %.2f x %.2f pt, margins top %.2f bottom %.2f inner %.2f outer %.2f",
        l.pageWidth(), l.pageHeight(), l.marginTop(), l.marginBottom(), l.marginInner(), l.marginOuter()));
    line(2, String.format(Locale.ROOT, "type %.2f on %.2f pt, hyphenate %s", l.fontSize(), l.leading(), l.hyphenate()));
    Layout.FontFiles f = l.fonts();
    line(2, "fonts regular=" + font(f.regular()) + " italic=" + font(f.italic()) + " bold=" + font(f.bold())
        + " bold-italic=" + font(f.boldItalic()));
  }

  private static String font(Optional<Path> p) {
    return p.map(x -> x.getFileName().toString()).orElse("bundled");
  }

  private static String fileName(Span span) {
    String path = span.file().displayPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private void chapter(Chapter c) {
    line(0, "Chapter " + fileName(c.file().whole()));
    for (Block b : c.blocks()) block(1, b);
  }

  private void block(int depth, Block b) {
    b.accept(new BlockVisitor<Void>() {
      @Override public Void visitHeading(Heading h) {
        line(depth, "Heading " + h.level() + " #" + h.id() + (h.numbered() ? "" : " unnumbered")
            + h.number().map(n -> " number=" + n).orElse("") + " " + at(h.span()));
        inlines(depth + 1, h.content());
        return null;
      }
      @Override public Void visitParagraph(Paragraph p) {
        line(depth, "Paragraph " + at(p.span()));
        inlines(depth + 1, p.content());
        return null;
      }
      @Override public Void visitBlockQuote(BlockQuote q) {
        line(depth, "BlockQuote " + at(q.span()));
        for (Block c : q.blocks()) block(depth + 1, c);
        return null;
      }
      @Override public Void visitList(ListBlock l) {
        boolean plain = l.numbering().equals(cz.sazba.model.ListNumbering.decimal(l.start()));
        line(depth, "List " + (l.ordered() ? "ordered start=" + l.start()
            + (plain ? "" : " " + l.numbering().style() + " " + l.numbering().delimiter()) : "bullet") + " " + at(l.span()));
        for (ListItem item : l.items()) {
          line(depth + 1, "Item " + at(item.span()));
          for (Block c : item.blocks()) block(depth + 2, c);
        }
        return null;
      }
      @Override public Void visitReferencesSlot(ReferencesSlot r) {
        line(depth, "ReferencesSlot " + at(r.span()));
        return null;
      }
      @Override public Void visitReferenceList(ReferenceList r) { line(depth, "ReferenceList"); return null; }
      @Override public Void visitContentsList(ContentsList c) { line(depth, "ContentsList"); return null; }
      @Override public Void visitTitlePage(TitlePage t) { line(depth, "TitlePage"); return null; }
      @Override public Void visitCodeBlock(CodeBlock c) {
        line(depth, "CodeBlock" + c.language().map(l -> " " + l).orElse("") + " " + at(c.span()) + " " + quote(c.text()));
        return null;
      }
      @Override public Void visitThematicBreak(ThematicBreak t) {
        line(depth, "ThematicBreak " + at(t.span()));
        return null;
      }
      @Override public Void visitDefinitionList(DefinitionList l) {
        line(depth, "DefinitionList " + at(l.span()));
        for (DefinitionItem item : l.items()) {
          line(depth + 1, "Term " + at(item.span()));
          inlines(depth + 2, item.term());
          for (List<Block> d : item.definitions()) {
            line(depth + 2, "Definition");
            for (Block c : d) block(depth + 3, c);
          }
        }
        return null;
      }
      @Override public Void visitDiv(Div d) {
        line(depth, "Div" + (d.id().isEmpty() ? "" : " #" + d.id()) + d.lang().map(l -> " lang=" + l.tag()).orElse("")
            + " " + at(d.span()));
        for (Block c : d.blocks()) block(depth + 1, c);
        return null;
      }
      @Override public Void visitFigure(Figure f) {
        line(depth, "Figure" + (f.id().isEmpty() ? "" : " #" + f.id()) + (f.number() == 0 ? "" : " number=" + f.number())
            + " " + at(f.span()));
        inline(depth + 1, f.image());
        line(depth + 1, "Caption");
        inlines(depth + 2, f.caption());
        return null;
      }
      @Override public Void visitTable(Table t) {
        line(depth, "Table" + (t.id().isEmpty() ? "" : " #" + t.id()) + (t.number() == 0 ? "" : " number=" + t.number())
            + " " + at(t.span()));
        StringBuilder cols = new StringBuilder("Columns");
        for (TableColumn c : t.columns()) cols.append(' ').append(c.alignment()).append(c.relativeWidth() == 0 ? "" : ":" + c.relativeWidth());
        line(depth + 1, cols.toString());
        if (!t.caption().isEmpty()) {
          line(depth + 1, "Caption");
          inlines(depth + 2, t.caption());
        }
        rows(depth + 1, "HeadRow", t.head());
        rows(depth + 1, "Row", t.body());
        return null;
      }
      private void rows(int at, String name, List<TableRow> rows) {
        for (TableRow row : rows) {
          line(at, name + " " + at(row.span()));
          for (TableCell cell : row.cells()) {
            line(at + 1, "Cell" + (cell.rowSpan() == 1 && cell.colSpan() == 1 ? "" : " " + cell.rowSpan() + "x" + cell.colSpan())
                + " " + at(cell.span()));
            for (Block c : cell.blocks()) block(at + 2, c);
          }
        }
      }
    });
  }

  private void inlines(int depth, List<Inline> inlines) {
    for (Inline i : inlines) inline(depth, i);
  }

  private void inline(int depth, Inline i) {
    i.accept(new InlineVisitor<Void>() {
      private Void container(String name, Span span, List<Inline> content) {
        line(depth, name + " " + at(span));
        inlines(depth + 1, content);
        return null;
      }
      @Override public Void visitText(Text t) { line(depth, "Text " + at(t.span()) + " " + quote(t.text())); return null; }
      @Override public Void visitEmph(Emph e) { return container("Emph", e.span(), e.content()); }
      @Override public Void visitStrong(Strong s) { return container("Strong", s.span(), s.content()); }
      @Override public Void visitForeign(Foreign f) { return container("Foreign " + f.lang().tag(), f.span(), f.content()); }
      @Override public Void visitLink(Link l) { return container("Link " + l.href(), l.span(), l.content()); }
      @Override public Void visitLineBreak(LineBreak lb) { line(depth, "LineBreak " + at(lb.span())); return null; }
      @Override public Void visitCite(Cite c) {
        line(depth, "Cite " + at(c.span()));
        for (CiteItem item : c.items()) {
          line(depth + 1, "@" + item.key() + item.locator().map(l -> " locator=" + quote(l)).orElse("") + " " + at(item.span()));
        }
        return null;
      }
      @Override public Void visitCitation(Citation c) { line(depth, "Citation " + c.id()); return null; }
      @Override public Void visitNote(Note n) {
        line(depth, "Note " + at(n.span()));
        for (Block b : n.blocks()) block(depth + 1, b);
        return null;
      }
      @Override public Void visitCode(Code c) { line(depth, "Code " + at(c.span()) + " " + quote(c.text())); return null; }
      @Override public Void visitSmallCaps(SmallCaps s) { return container("SmallCaps", s.span(), s.content()); }
      @Override public Void visitStrikeout(Strikeout s) { return container("Strikeout", s.span(), s.content()); }
      @Override public Void visitSuperscript(Superscript s) { return container("Superscript", s.span(), s.content()); }
      @Override public Void visitSubscript(Subscript s) { return container("Subscript", s.span(), s.content()); }
      @Override public Void visitImage(Image im) {
        line(depth, "Image " + im.path() + (im.decorative() ? " decorative" : " alt=" + quote(im.alt()))
            + im.width().map(w -> " width=" + w.value() + w.unit()).orElse("")
            + im.height().map(h -> " height=" + h.value() + h.unit()).orElse("") + " " + at(im.span()));
        return null;
      }
    });
  }
}

package cz.sazba.manuscript;

import cz.sazba.model.Block;
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
    if (b instanceof Heading h) {
      line(depth, "Heading " + h.level() + " #" + h.id() + " " + at(h.span()));
      inlines(depth + 1, h.content());
    } else if (b instanceof Paragraph p) {
      line(depth, "Paragraph " + at(p.span()));
      inlines(depth + 1, p.content());
    } else if (b instanceof BlockQuote q) {
      line(depth, "BlockQuote " + at(q.span()));
      for (Block c : q.blocks()) block(depth + 1, c);
    } else if (b instanceof ListBlock l) {
      line(depth, "List " + (l.ordered() ? "ordered start=" + l.start() : "bullet") + " " + at(l.span()));
      for (ListItem item : l.items()) {
        line(depth + 1, "Item " + at(item.span()));
        for (Block c : item.blocks()) block(depth + 2, c);
      }
    } else if (b instanceof ReferencesSlot r) {
      line(depth, "ReferencesSlot " + at(r.span()));
    } else {
      line(depth, "?? " + b);
    }
  }

  private void inlines(int depth, List<Inline> inlines) {
    for (Inline i : inlines) inline(depth, i);
  }

  private void inline(int depth, Inline i) {
    if (i instanceof Text t) {
      line(depth, "Text " + at(t.span()) + " " + quote(t.text()));
    } else if (i instanceof Emph e) {
      line(depth, "Emph " + at(e.span()));
      inlines(depth + 1, e.content());
    } else if (i instanceof Strong s) {
      line(depth, "Strong " + at(s.span()));
      inlines(depth + 1, s.content());
    } else if (i instanceof Foreign f) {
      line(depth, "Foreign " + f.lang().tag() + " " + at(f.span()));
      inlines(depth + 1, f.content());
    } else if (i instanceof Link l) {
      line(depth, "Link " + l.href() + " " + at(l.span()));
      inlines(depth + 1, l.content());
    } else if (i instanceof LineBreak lb) {
      line(depth, "LineBreak " + at(lb.span()));
    } else if (i instanceof Cite c) {
      line(depth, "Cite " + at(c.span()));
      for (CiteItem item : c.items()) {
        line(depth + 1, "@" + item.key() + item.locator().map(l -> " locator=" + quote(l)).orElse("") + " " + at(item.span()));
      }
    } else {
      line(depth, "?? " + i);
    }
  }
}

package cz.sazba.epub;

import cz.sazba.model.Figure;
import cz.sazba.model.Image;
import cz.sazba.model.Table;
import cz.sazba.model.TableColumn;
import cz.sazba.model.TableRow;
import cz.sazba.model.TableCell;
import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.BlockVisitor;
import cz.sazba.model.CodeBlock;
import cz.sazba.model.DefinitionItem;
import cz.sazba.model.DefinitionList;
import cz.sazba.model.Div;
import cz.sazba.model.Inline;
import cz.sazba.model.Lang;
import cz.sazba.model.ModelWalk;
import cz.sazba.model.ReferencesSlot;
import cz.sazba.model.ThematicBreak;
import cz.sazba.model.Book;
import cz.sazba.model.ContentsEntry;
import cz.sazba.model.ContentsList;
import cz.sazba.model.Division;
import cz.sazba.model.Heading;
import cz.sazba.model.Inlines;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.model.Paragraph;
import cz.sazba.model.ReferenceEntry;
import cz.sazba.model.ReferenceList;
import cz.sazba.model.TitlePage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.UUID;

/**
 * The book's identifier: a name-based UUID from a SHA-256 of its canonical text (title, authors,
 * the text of every division). The same content always gets the same identifier, so rebuilding
 * never makes a reading system think it is a different book; changed text gets a new one.
 */
final class ContentIdentifier {
  private ContentIdentifier() {}

  /** Separates fields so that moving text between fields changes the hash. */
  private static final char FIELD = '\u001F';

  static String urn(Book book) {
    return "urn:uuid:" + uuid(canonicalText(book));
  }

  /**
   * A UUID of version 8 (RFC 9562: custom, here SHA-256 name-based) from the first 128 bits of
   * the hash, with the version and variant bits set as the RFC requires.
   */
  static UUID uuid(String canonicalText) {
    byte[] hash = sha256(canonicalText.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x80);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(b.getLong(), b.getLong());
  }

  static String canonicalText(Book book) {
    StringBuilder s = new StringBuilder();
    field(s, "title", book.metadata().title());
    field(s, "subtitle", book.metadata().subtitle().orElse(""));
    field(s, "lang", book.metadata().lang().tag());
    for (String a : book.metadata().authors()) field(s, "author", a);
    for (Division d : book.divisions()) {
      field(s, "division", d.kind() + " " + d.id());
      blocks(s, d.blocks());
    }
    return s.toString();
  }

  private static void blocks(StringBuilder s, List<Block> blocks) {
    for (Block b : blocks) b.accept(new Canonical(s));
  }

  /** Each kind's fields; the text of a run through {@link Inlines#plainText} plus its notes. */
  private record Canonical(StringBuilder s) implements BlockVisitor<Void> {
    private void run(String name, List<Inline> content) {
      field(s, name, Inlines.plainText(content));
      // Notes are not in the plain text: their blocks follow the run they are marked in.
      ModelWalk.forEachInlineIn(content, i -> {
        List<Block> inner = ModelWalk.inlineBlocks(i);
        if (!inner.isEmpty()) {
          field(s, "note", "");
          blocks(s, inner);
        }
      });
    }

    @Override public Void visitHeading(Heading h) {
      run("h" + h.level() + " " + h.id() + " " + h.number().orElse(""), h.content());
      return null;
    }
    @Override public Void visitParagraph(Paragraph p) { run("p", p.content()); return null; }
    @Override public Void visitBlockQuote(BlockQuote q) {
      field(s, "quote", "");
      blocks(s, q.blocks());
      return null;
    }
    @Override public Void visitList(ListBlock l) {
      field(s, "list", l.ordered() + " " + l.start());
      for (ListItem item : l.items()) {
        field(s, "item", "");
        blocks(s, item.blocks());
      }
      return null;
    }
    @Override public Void visitReferencesSlot(ReferencesSlot slot) { field(s, "refs", ""); return null; }
    @Override public Void visitReferenceList(ReferenceList r) {
      for (ReferenceEntry e : r.entries()) run("ref " + e.id(), e.content());
      return null;
    }
    @Override public Void visitContentsList(ContentsList c) {
      for (ContentsEntry e : c.entries()) field(s, "toc " + e.level(), Inlines.plainText(e.title()));
      return null;
    }
    @Override public Void visitTitlePage(TitlePage t) {
      field(s, "titlepage", t.title() + FIELD + t.subtitle().orElse("") + FIELD + String.join(", ", t.authors()));
      return null;
    }
    @Override public Void visitCodeBlock(CodeBlock c) { field(s, "code " + c.language().orElse(""), c.text()); return null; }
    @Override public Void visitThematicBreak(ThematicBreak t) { field(s, "hr", ""); return null; }
    @Override public Void visitDefinitionList(DefinitionList l) {
      field(s, "dl", "");
      for (DefinitionItem item : l.items()) {
        run("dt", item.term());
        for (List<Block> d : item.definitions()) {
          field(s, "dd", "");
          blocks(s, d);
        }
      }
      return null;
    }
    @Override public Void visitDiv(Div d) {
      field(s, "div " + d.id() + " " + d.lang().map(Lang::tag).orElse(""), "");
      blocks(s, d.blocks());
      return null;
    }
    @Override public Void visitFigure(Figure f) {
      Image i = f.image();
      field(s, "figure " + f.id() + " " + f.number(), i.path() + FIELD + i.alt() + FIELD + i.decorative());
      run("caption", f.caption());
      return null;
    }
    @Override public Void visitTable(Table t) {
      StringBuilder columns = new StringBuilder();
      for (TableColumn c : t.columns()) columns.append(c.alignment()).append(':').append(c.relativeWidth()).append(' ');
      field(s, "table " + t.id() + " " + t.number(), columns.toString());
      run("caption", t.caption());
      rows("head-row", t.head());
      rows("row", t.body());
      return null;
    }
    private void rows(String name, List<TableRow> rows) {
      for (TableRow row : rows) {
        field(s, name, "");
        for (TableCell c : row.cells()) {
          field(s, "cell " + c.rowSpan() + "x" + c.colSpan(), "");
          blocks(s, c.blocks());
        }
      }
    }
  }

  private static void field(StringBuilder s, String name, String value) {
    s.append(name).append(FIELD).append(value).append('\n');
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}

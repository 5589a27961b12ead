package cz.sazba.epub;

import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
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
    for (Block b : blocks) {
      if (b instanceof Heading h) field(s, "h" + h.level() + " " + h.id(), Inlines.plainText(h.content()));
      else if (b instanceof Paragraph p) field(s, "p", Inlines.plainText(p.content()));
      else if (b instanceof BlockQuote q) {
        field(s, "quote", "");
        blocks(s, q.blocks());
      } else if (b instanceof ListBlock l) {
        field(s, "list", l.ordered() + " " + l.start());
        for (ListItem item : l.items()) {
          field(s, "item", "");
          blocks(s, item.blocks());
        }
      } else if (b instanceof ReferenceList r) {
        for (ReferenceEntry e : r.entries()) field(s, "ref " + e.id(), Inlines.plainText(e.content()));
      } else if (b instanceof ContentsList c) {
        for (ContentsEntry e : c.entries()) field(s, "toc " + e.level(), Inlines.plainText(e.title()));
      } else if (b instanceof TitlePage t) {
        field(s, "titlepage", t.title() + FIELD + t.subtitle().orElse("") + FIELD + String.join(", ", t.authors()));
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

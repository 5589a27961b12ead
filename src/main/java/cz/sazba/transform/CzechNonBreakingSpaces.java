package cz.sazba.transform;

import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.Book;
import cz.sazba.model.Citation;
import cz.sazba.model.Cite;
import cz.sazba.model.ContentsEntry;
import cz.sazba.model.ContentsList;
import cz.sazba.model.Division;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Lang;
import cz.sazba.model.LineBreak;
import cz.sazba.model.Link;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.model.Paragraph;
import cz.sazba.model.ReferenceEntry;
import cz.sazba.model.ReferenceList;
import cz.sazba.model.Strong;
import cz.sazba.model.Text;
import cz.sazba.model.TitlePage;
import java.util.ArrayList;
import java.util.List;

/**
 * Czech typography forbids a one-letter preposition or conjunction (k, s, v, z, o, u, a, i) at the
 * end of a line: the space after it becomes U+00A0, which the line breaker never breaks at. The
 * word and its space may lie in different inline nodes ({@code v *Praze*}, {@code *v* Praze}), so
 * the scan runs over the characters of a whole paragraph in reading order, carrying its state
 * across node boundaries. Czech is the book's language unless a {@link Foreign} says otherwise,
 * and a Czech {@link Foreign} inside a book in another language.
 */
final class CzechNonBreakingSpaces {
  private static final String ONE_LETTER_WORDS = "kKsSvVzZoOuUaAiI";
  private static final char NBSP = '\u00A0';

  private final boolean bookIsCzech;

  private CzechNonBreakingSpaces(Lang bookLang) {
    this.bookIsCzech = isCzech(bookLang);
  }

  static Book apply(Book book) {
    CzechNonBreakingSpaces step = new CzechNonBreakingSpaces(book.metadata().lang());
    List<Division> divisions = new ArrayList<>();
    for (Division d : book.divisions()) divisions.add(new Division(d.kind(), d.id(), step.blocks(d.blocks())));
    return new Book(book.metadata(), divisions);
  }

  /** The same blocks with the spaces fixed, in a book of language {@code bookLang}. */
  static List<Block> apply(List<Block> blocks, Lang bookLang) {
    return new CzechNonBreakingSpaces(bookLang).blocks(blocks);
  }

  private static boolean isCzech(Lang lang) {
    return "cs".equals(lang.language());
  }

  private List<Block> blocks(List<Block> blocks) {
    List<Block> out = new ArrayList<>();
    for (Block b : blocks) out.add(block(b));
    return out;
  }

  private Block block(Block b) {
    if (b instanceof Paragraph p) return new Paragraph(paragraph(p.content()), p.span());
    if (b instanceof Heading h) return new Heading(h.level(), h.id(), paragraph(h.content()), h.span());
    if (b instanceof BlockQuote q) return new BlockQuote(blocks(q.blocks()), q.span());
    if (b instanceof ListBlock l) {
      List<ListItem> items = new ArrayList<>();
      for (ListItem i : l.items()) items.add(new ListItem(blocks(i.blocks()), i.span()));
      return new ListBlock(l.ordered(), l.start(), items, l.span());
    }
    if (b instanceof ReferenceList r) {
      List<ReferenceEntry> entries = new ArrayList<>();
      for (ReferenceEntry e : r.entries()) {
        entries.add(new ReferenceEntry(e.number(), e.id(), e.key(), paragraph(e.content()), e.citationIds()));
      }
      return new ReferenceList(entries, r.span());
    }
    if (b instanceof ContentsList c) {
      List<ContentsEntry> entries = new ArrayList<>();
      for (ContentsEntry e : c.entries()) entries.add(new ContentsEntry(e.level(), e.targetId(), paragraph(e.title())));
      return new ContentsList(entries, c.span());
    }
    if (b instanceof TitlePage t && bookIsCzech) {
      List<String> authors = new ArrayList<>();
      for (String a : t.authors()) authors.add(plain(a));
      return new TitlePage(plain(t.title()), t.subtitle().map(this::plain), authors, t.span());
    }
    return b;
  }

  private String plain(String s) {
    return new Scan().text(s, true);
  }

  private List<Inline> paragraph(List<Inline> inlines) {
    return new Scan().inlines(inlines, bookIsCzech);
  }

  /** The state of one reading-order pass over a paragraph. */
  private static final class Scan {
    /** At the start, or after white space or opening punctuation: a word may begin here. */
    private static final int WORD_START = 0;
    /** Just after a Czech one-letter word that began at a word start. */
    private static final int ONE_LETTER_WORD = 1;
    private static final int INSIDE_WORD = 2;

    private int state = WORD_START;

    List<Inline> inlines(List<Inline> inlines, boolean czech) {
      List<Inline> out = new ArrayList<>();
      for (Inline i : inlines) {
        if (i instanceof Text t) out.add(new Text(text(t.text(), czech), t.span()));
        else if (i instanceof Emph e) out.add(new Emph(inlines(e.content(), czech), e.span()));
        else if (i instanceof Strong s) out.add(new Strong(inlines(s.content(), czech), s.span()));
        else if (i instanceof Foreign f) out.add(new Foreign(f.lang(), inlines(f.content(), isCzech(f.lang())), f.span()));
        else if (i instanceof Link l) out.add(new Link(l.href(), inlines(l.content(), czech), l.span()));
        else if (i instanceof LineBreak) {
          state = WORD_START;
          out.add(i);
        } else if (i instanceof Citation || i instanceof Cite) {
          // "v[1] textu": the mark is glued to the word, so the letter was not a word on its own.
          state = INSIDE_WORD;
          out.add(i);
        } else out.add(i);
      }
      return out;
    }

    String text(String s, boolean czech) {
      StringBuilder out = new StringBuilder(s.length());
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        if (c == ' ' && state == ONE_LETTER_WORD) {
          out.append(NBSP);
          state = WORD_START;
          continue;
        }
        out.append(c);
        if (Character.isWhitespace(c) || c == NBSP || isOpening(c)) state = WORD_START;
        else if (czech && state == WORD_START && ONE_LETTER_WORDS.indexOf(c) >= 0) state = ONE_LETTER_WORD;
        else state = INSIDE_WORD;
      }
      return out.toString();
    }

    /** Punctuation after which a word begins: brackets, quotes, dashes. */
    private static boolean isOpening(char c) {
      return "([{\u201E\u201C\u201A\u2018\u00BB\u00AB\"'\u2013\u2014/".indexOf(c) >= 0;
    }
  }
}

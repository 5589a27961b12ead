package cz.sazba.transform;

import cz.sazba.model.Block;
import cz.sazba.model.Book;
import cz.sazba.model.Cite;
import cz.sazba.model.Citation;
import cz.sazba.model.Code;
import cz.sazba.model.Div;
import cz.sazba.model.Division;
import cz.sazba.model.Foreign;
import cz.sazba.model.Inline;
import cz.sazba.model.Lang;
import cz.sazba.model.LineBreak;
import cz.sazba.model.ModelRewriter;
import cz.sazba.model.ModelWalk;
import cz.sazba.model.Note;
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
  private static final char NBSP = '\u00A0';

  private CzechNonBreakingSpaces() {}

  static Book apply(Book book) {
    return apply(book, Runnable::run);
  }

  /** Top-level blocks a task rewrites: a long book's division has thousands. */
  private static final int BLOCKS_PER_TASK = 128;

  /**
   * As above, runs of each division's blocks rewritten on {@code executor} and the caller's
   * thread. A top-level block is a scan of its own: each run of inline content (a paragraph, a
   * heading, a caption, a term) starts a new scan in {@link Rewriter#run}, and the language starts
   * as the book's and is put back after every div and passage; so a run of blocks rewritten by a
   * rewriter of its own gives what one rewriter over the whole division gives.
   */
  static Book apply(Book book, java.util.concurrent.Executor executor) {
    // A book in another language with no Czech passage has no space to fix: it is not rebuilt.
    if (!isCzech(book.metadata().lang()) && !hasCzechPassage(book)) return book;
    boolean czech = isCzech(book.metadata().lang());
    List<Division> divisions = new ArrayList<>();
    boolean same = true;
    for (Division d : book.divisions()) {
      List<Block> blocks = d.blocks();
      List<Block> out = inRuns(blocks, czech, executor, BLOCKS_PER_TASK);
      boolean unchanged = out.size() == blocks.size();
      for (int k = 0; unchanged && k < out.size(); k++) unchanged = out.get(k) == blocks.get(k);
      Division r = unchanged ? d : new Division(d.kind(), d.id(), out);
      same &= r == d;
      divisions.add(r);
    }
    return same ? book : new Book(book.metadata(), divisions);
  }

  /** Whether a div or a foreign passage anywhere in the book (notes included) is in Czech. */
  private static boolean hasCzechPassage(Book book) {
    boolean[] found = {false};
    for (Division d : book.divisions()) {
      ModelWalk.forEachBlock(d.blocks(), b -> {
        if (b instanceof Div div && div.lang().isPresent() && isCzech(div.lang().get())) found[0] = true;
      });
      ModelWalk.forEachInline(d.blocks(), i -> {
        if (i instanceof Foreign f && isCzech(f.lang())) found[0] = true;
      });
      if (found[0]) return true;
    }
    return false;
  }

  /** Top-level blocks rewritten in runs of {@code perTask}, each by a rewriter of its own, joined in order. */
  static List<Block> inRuns(List<Block> blocks, boolean bookIsCzech, java.util.concurrent.Executor executor, int perTask) {
    return cz.sazba.source.Tasks.inRuns(blocks.size(), perTask, executor,
        (from, to) -> new Rewriter(bookIsCzech).blocks(blocks.subList(from, to)));
  }

  /** The same blocks with the spaces fixed, in a book of language {@code bookLang}. */
  static List<Block> apply(List<Block> blocks, Lang bookLang) {
    return new Rewriter(isCzech(bookLang)).blocks(blocks);
  }

  private static boolean isCzech(Lang lang) {
    return "cs".equals(lang.language());
  }

  /**
   * Each run of inline content (a paragraph, heading, entry, term) is one scan; the language is
   * the innermost {@link Foreign} or {@link Div} around the text. Code is left as written.
   */
  private static final class Rewriter extends ModelRewriter {
    private boolean czech;
    private Scan scan = new Scan();

    Rewriter(boolean bookIsCzech) {
      this.czech = bookIsCzech;
    }

    @Override protected List<Inline> run(List<Inline> inlines) {
      Scan outer = scan;
      scan = new Scan();
      List<Inline> out = inlines(inlines);
      scan = outer;
      return out;
    }

    @Override public List<Inline> visitText(Text t) {
      String text = scan.text(t.text(), czech);
      return List.of(text == t.text() ? t : new Text(text, t.span()));
    }

    @Override public List<Inline> visitForeign(Foreign f) {
      boolean outer = czech;
      czech = isCzech(f.lang());
      List<Inline> out = super.visitForeign(f);
      czech = outer;
      return out;
    }

    @Override public List<Block> visitDiv(Div d) {
      boolean outer = czech;
      czech = d.lang().map(CzechNonBreakingSpaces::isCzech).orElse(czech);
      List<Block> out = super.visitDiv(d);
      czech = outer;
      return out;
    }

    @Override public List<Inline> visitLineBreak(LineBreak b) {
      scan.state = Scan.WORD_START;
      return List.of(b);
    }

    // "v[1] textu": a mark glued to the word, so the letter was not a word on its own.
    @Override public List<Inline> visitCitation(Citation c) {
      scan.state = Scan.INSIDE_WORD;
      return List.of(c);
    }

    @Override public List<Inline> visitCite(Cite c) {
      scan.state = Scan.INSIDE_WORD;
      return List.of(c);
    }

    @Override public List<Inline> visitNote(Note n) {
      List<Inline> out = super.visitNote(n);
      scan.state = Scan.INSIDE_WORD;
      return out;
    }

    @Override public List<Inline> visitCode(Code c) {
      scan.state = Scan.INSIDE_WORD;
      return List.of(c);
    }

    @Override public List<Block> visitTitlePage(TitlePage t) {
      if (!czech) return List.of(t);
      List<String> authors = new ArrayList<>();
      for (String a : t.authors()) authors.add(plain(a));
      return List.of(new TitlePage(plain(t.title()), t.subtitle().map(this::plain), authors, t.span()));
    }

    private String plain(String s) {
      return new Scan().text(s, true);
    }
  }

  /** The state of one reading-order pass over a paragraph. */
  private static final class Scan {
    /** At the start, or after white space or opening punctuation: a word may begin here. */
    private static final int WORD_START = 0;
    /** Just after a Czech one-letter word that began at a word start. */
    private static final int ONE_LETTER_WORD = 1;
    private static final int INSIDE_WORD = 2;

    private int state = WORD_START;

    /** The text with its spaces fixed; the same string when none is (no copy made then). */
    String text(String s, boolean czech) {
      StringBuilder out = null;
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        if (c == ' ' && state == ONE_LETTER_WORD) {
          if (out == null) out = new StringBuilder(s.length()).append(s, 0, k);
          out.append(NBSP);
          state = WORD_START;
          continue;
        }
        if (out != null) out.append(c);
        if (Character.isWhitespace(c) || c == NBSP || isOpening(c)) state = WORD_START;
        else if (czech && state == WORD_START && isOneLetterWord(c)) state = ONE_LETTER_WORD;
        else state = INSIDE_WORD;
      }
      return out == null ? s : out.toString();
    }

    private static boolean isOneLetterWord(char c) {
      switch (c) {
        case 'k': case 'K': case 's': case 'S': case 'v': case 'V': case 'z': case 'Z':
        case 'o': case 'O': case 'u': case 'U': case 'a': case 'A': case 'i': case 'I':
          return true;
        default:
          return false;
      }
    }

    /** Punctuation after which a word begins: brackets, quotes, dashes. */
    private static boolean isOpening(char c) {
      switch (c) {
        case '(': case '[': case '{': case '\u201E': case '\u201C': case '\u201A': case '\u2018': case '\u00BB':
        case '\u00AB': case '"': case '\'': case '\u2013': case '\u2014': case '/':
          return true;
        default:
          return false;
      }
    }
  }
}

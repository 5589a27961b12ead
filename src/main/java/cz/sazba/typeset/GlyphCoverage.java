package cz.sazba.typeset;

import cz.sazba.font.FontSet;
import cz.sazba.font.FontStyle;
import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.Book;
import cz.sazba.model.Citation;
import cz.sazba.model.ContentsEntry;
import cz.sazba.model.ContentsList;
import cz.sazba.model.Division;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Inlines;
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
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks, before anything is laid out, that every character of the book has a glyph in the face
 * it will be set in. A missing glyph would print as an empty box and copy as nothing: the build
 * fails instead, naming the character, the font and where the character is.
 */
final class GlyphCoverage {
  private final FontSet fonts;
  private final Diagnostics diagnostics;
  /** One report per character and style is enough; the first place is named. */
  private final Set<String> reported = new HashSet<>();

  private GlyphCoverage(FontSet fonts, Diagnostics diagnostics) {
    this.fonts = fonts;
    this.diagnostics = diagnostics;
  }

  static void check(Book book, FontSet fonts, Diagnostics diagnostics) {
    GlyphCoverage c = new GlyphCoverage(fonts, diagnostics);
    // Generated text: running heads, folios, labels, hyphens, brackets.
    c.text(book.metadata().title() + "0123456789.-[]•;,", FontStyle.ITALIC, book.metadata().span());
    c.text(book.metadata().title() + "0123456789.-[]•;,", FontStyle.REGULAR, book.metadata().span());
    for (Division d : book.divisions()) for (Block b : d.blocks()) c.block(b, false);
  }

  private void block(Block b, boolean bold) {
    if (b instanceof Paragraph p) inlines(p.content(), bold, false);
    else if (b instanceof Heading h) inlines(h.content(), true, false);
    else if (b instanceof BlockQuote q) for (Block inner : q.blocks()) block(inner, bold);
    else if (b instanceof ListBlock l) {
      for (ListItem i : l.items()) for (Block inner : i.blocks()) block(inner, bold);
    } else if (b instanceof ReferenceList r) {
      for (ReferenceEntry e : r.entries()) inlines(e.content(), false, false);
    } else if (b instanceof ContentsList c) {
      for (ContentsEntry e : c.entries()) inlines(e.title(), false, false);
    } else if (b instanceof TitlePage t) {
      text(t.title(), FontStyle.BOLD, t.span());
      t.subtitle().ifPresent(s -> text(s, FontStyle.ITALIC, t.span()));
      for (String a : t.authors()) text(a, FontStyle.REGULAR, t.span());
    }
  }

  private void inlines(List<Inline> inlines, boolean bold, boolean italic) {
    for (Inline i : inlines) {
      if (i instanceof Text t) text(t.text(), FontStyle.of(bold, italic), t.span());
      else if (i instanceof Emph e) inlines(e.content(), bold, !italic);
      else if (i instanceof Strong s) inlines(s.content(), true, italic);
      else if (i instanceof Foreign f) inlines(f.content(), bold, italic);
      else if (i instanceof Link l) inlines(l.content(), bold, italic);
      else if (i instanceof Citation c) text(Inlines.plainText(List.of(c)), FontStyle.of(bold, italic), c.span());
      else if (!(i instanceof LineBreak)) throw new IllegalStateException("unexpected inline " + i);
    }
  }

  private void text(String text, FontStyle style, Span span) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!Character.isWhitespace(cp) && cp != 0x00A0 && !fonts.covers(style, cp)
          && reported.add(cp + "/" + style)) {
        // Text spans cover the source verbatim in the usual case; point at the character itself then.
        Span at = span.end() - span.start() == text.length() ? span.sub(i, i + Character.charCount(cp)) : span;
        String name = Character.getName(cp);
        diagnostics.error("glyph-missing", at,
            String.format(Locale.ROOT, "the character U+%04X %s is not in the font %s (%s)", cp,
                name == null ? "" : name, fonts.face(style).postScriptName(), fonts.face(style).name()),
            "use another character, or configure a font that has it under sazba.fonts in metadata.yaml");
      }
      i += Character.charCount(cp);
    }
  }
}

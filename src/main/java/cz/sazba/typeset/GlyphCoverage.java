package cz.sazba.typeset;

import cz.sazba.font.FontSet;
import cz.sazba.font.FontStyle;
import cz.sazba.model.Figure;
import cz.sazba.model.Table;
import cz.sazba.model.TableRow;
import cz.sazba.model.TableCell;
import cz.sazba.model.Image;
import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.BlockVisitor;
import cz.sazba.model.Book;
import cz.sazba.model.Citation;
import cz.sazba.model.Code;
import cz.sazba.model.CodeBlock;
import cz.sazba.model.DefinitionItem;
import cz.sazba.model.DefinitionList;
import cz.sazba.model.Div;
import cz.sazba.model.Note;
import cz.sazba.model.SmallCaps;
import cz.sazba.model.Strikeout;
import cz.sazba.model.Subscript;
import cz.sazba.model.Superscript;
import cz.sazba.model.ThematicBreak;
import cz.sazba.model.Cite;
import cz.sazba.model.ContentsEntry;
import cz.sazba.model.ContentsList;
import cz.sazba.model.Division;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.InlineVisitor;
import cz.sazba.model.Inlines;
import cz.sazba.model.LineBreak;
import cz.sazba.model.Link;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.model.Paragraph;
import cz.sazba.model.ReferenceEntry;
import cz.sazba.model.ReferenceList;
import cz.sazba.model.ReferencesSlot;
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
 * it will be set in, or else in one of the set's fallback faces ({@link FontSet#segments}). A missing glyph would print as an empty box and copy as nothing: the build
 * fails instead, naming the character, the font and where the character is.
 */
final class GlyphCoverage {
  private final FontSet fonts;
  private final PageDesign design;
  private final Diagnostics diagnostics;
  /** One report per character and style is enough; the first place is named. */
  private final Set<String> reported = new HashSet<>();
  /** Per style, the characters already found fine (a space, refused elsewhere, or covered). */
  private final java.util.Map<FontStyle, java.util.BitSet> known = new java.util.EnumMap<>(FontStyle.class);

  private GlyphCoverage(FontSet fonts, PageDesign design, Diagnostics diagnostics) {
    this.fonts = fonts;
    this.design = design;
    this.diagnostics = diagnostics;
  }

  static void check(Book book, FontSet fonts, PageDesign design, Diagnostics diagnostics) {
    GlyphCoverage c = new GlyphCoverage(fonts, design, diagnostics);
    // Generated text: running heads, folios, labels, hyphens, brackets.
    String generated = book.metadata().title() + "0123456789.-[]•;,";
    c.text(generated, design.runningHead().font(), book.metadata().at("title"));
    c.text(generated, design.folio().font(), book.metadata().at("title"));
    for (Division d : book.divisions()) for (Block b : d.blocks()) c.block(b);
  }

  private void block(Block b) {
    b.accept(new BlockVisitor<Void>() {
      @Override public Void visitParagraph(Paragraph p) {
        inlines(p.content(), FontStyle.REGULAR);
        return null;
      }

      @Override public Void visitHeading(Heading h) {
        inlines(h.content(), design.heading(h.level()).font());
        return null;
      }

      @Override public Void visitBlockQuote(BlockQuote q) {
        for (Block inner : q.blocks()) block(inner);
        return null;
      }

      @Override public Void visitList(ListBlock l) {
        for (ListItem i : l.items()) for (Block inner : i.blocks()) block(inner);
        return null;
      }

      @Override public Void visitReferencesSlot(ReferencesSlot s) {
        return null; // replaced by the reference list before typesetting; no text of its own
      }

      @Override public Void visitReferenceList(ReferenceList r) {
        for (ReferenceEntry e : r.entries()) inlines(e.content(), FontStyle.REGULAR);
        return null;
      }

      @Override public Void visitContentsList(ContentsList c) {
        for (ContentsEntry e : c.entries()) inlines(e.title(), FontStyle.REGULAR);
        return null;
      }

      @Override public Void visitDiv(Div d) {
        for (Block inner : d.blocks()) block(inner);
        return null;
      }

      @Override public Void visitCodeBlock(CodeBlock c) {
        mono(c.text() + design.code().continuation(), c.span());
        return null;
      }

      @Override public Void visitThematicBreak(ThematicBreak t) {
        text(design.sceneBreak().mark(), design.sceneBreak().font(), t.span());
        return null;
      }

      @Override public Void visitDefinitionList(DefinitionList l) {
        for (DefinitionItem i : l.items()) {
          inlines(i.term(), FontStyle.BOLD);
          for (List<Block> def : i.definitions()) for (Block inner : def) block(inner);
        }
        return null;
      }

      @Override public Void visitFigure(Figure f) {
        inline(f.image(), FontStyle.REGULAR);
        inlines(f.caption(), FontStyle.REGULAR);
        return null;
      }

      @Override public Void visitTable(Table t) {
        inlines(t.caption(), FontStyle.REGULAR);
        for (TableRow row : t.rows()) for (TableCell cell : row.cells()) for (Block inner : cell.blocks()) block(inner);
        return null;
      }

      @Override public Void visitTitlePage(TitlePage t) {
        text(t.title(), FontStyle.BOLD, t.span());
        t.subtitle().ifPresent(s -> text(s, FontStyle.ITALIC, t.span()));
        for (String a : t.authors()) text(a, FontStyle.REGULAR, t.span());
        return null;
      }
    });
  }

  private void inlines(List<Inline> inlines, FontStyle base) {
    for (Inline i : inlines) inline(i, base);
  }

  private void inline(Inline inline, FontStyle style) {
    inline.accept(new InlineVisitor<Void>() {
      @Override public Void visitText(Text t) {
        text(t.text(), style, t.span());
        return null;
      }

      @Override public Void visitEmph(Emph e) {
        // Emphasis inside italics turns upright again, as the typesetter sets it.
        inlines(e.content(), FontStyle.of(style.isBold(), !style.isItalic()));
        return null;
      }

      @Override public Void visitStrong(Strong s) {
        inlines(s.content(), FontStyle.of(true, style.isItalic()));
        return null;
      }

      @Override public Void visitForeign(Foreign f) {
        inlines(f.content(), style);
        return null;
      }

      @Override public Void visitCite(Cite c) {
        throw new IllegalStateException("citations must be numbered before typesetting");
      }

      @Override public Void visitCitation(Citation c) {
        text(Inlines.plainText(List.of(c)), style, c.span());
        return null;
      }

      @Override public Void visitLink(Link l) {
        inlines(l.content(), style);
        return null;
      }

      @Override public Void visitLineBreak(LineBreak b) {
        return null;
      }

      @Override public Void visitNote(Note n) {
        text(n.label(), FontStyle.REGULAR, n.span());
        for (Block inner : n.blocks()) block(inner);
        return null;
      }

      @Override public Void visitCode(Code c) {
        mono(c.text(), c.span());
        return null;
      }

      @Override public Void visitImage(Image i) {
        return null; // a picture has no glyphs; its alt text goes into the PDF's Alt entry, not onto the page
      }

      @Override public Void visitSmallCaps(SmallCaps sc) {
        inlines(sc.content(), style);
        return null;
      }

      @Override public Void visitStrikeout(Strikeout st) {
        inlines(st.content(), style);
        return null;
      }

      @Override public Void visitSuperscript(Superscript sp) {
        inlines(sp.content(), style);
        return null;
      }

      @Override public Void visitSubscript(Subscript sb) {
        inlines(sb.content(), style);
        return null;
      }
    });
  }

  /** Code: every character must be in the monospace face, or else in the regular text face or a fallback. */
  private void mono(String text, Span span) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      // A character the text policy refuses has its own diagnostic already (char-control, …).
      if (!Character.isWhitespace(cp) && cz.sazba.source.TextPolicy.refusal(cp) == null && !fonts.coversCode(cp)
          && reported.add(cp + "/mono")) {
        String name = Character.getName(cp);
        diagnostics.error("glyph-missing", span,
            String.format(Locale.ROOT, "the character U+%04X %s is not in the code font %s, nor in the faces code falls back to: %s",
                cp, name == null ? "" : name, fonts.mono().postScriptName(), tried(fonts.codeChain())),
            "use another character in the code, or configure a regular font that has it under sazba.fonts in metadata.yaml");
      }
      i += Character.charCount(cp);
    }
  }

  /** The faces a character of the style is looked for in, in order: "Name (file), then …". */
  private String tried(FontStyle style) {
    return tried(fonts.chain(style));
  }

  private static String tried(List<cz.sazba.font.FontFace> chain) {
    StringBuilder out = new StringBuilder();
    for (cz.sazba.font.FontFace f : chain) {
      if (out.length() > 0) out.append(", then ");
      out.append(f.postScriptName()).append(" (").append(f.name()).append(')');
    }
    return out.toString();
  }

  private void text(String text, FontStyle style, Span span) {
    java.util.BitSet fineIn = known.computeIfAbsent(style, k -> new java.util.BitSet());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (fineIn.get(cp)) {
        // Already found fine in this style: a book repeats its few hundred characters.
        i += Character.charCount(cp);
        continue;
      }
      // The layout's spaces and only those (TextPolicy): anything else must have a glyph.
      boolean fine = cz.sazba.source.TextPolicy.isLayoutSpace(cp) || cz.sazba.source.TextPolicy.refusal(cp) != null
          || fonts.covers(style, cp);
      if (fine) fineIn.set(cp);
      if (!fine && reported.add(cp + "/" + style)) {
        // Text spans cover the source verbatim in the usual case; point at the character itself then.
        Span at = span.end() - span.start() == text.length() ? span.sub(i, i + Character.charCount(cp)) : span;
        String name = Character.getName(cp);
        diagnostics.error("glyph-missing", at,
            String.format(Locale.ROOT, "the character U+%04X %s is in none of the fonts tried: %s", cp,
                name == null ? "" : name, tried(style)),
            "use another character, or configure a font that has it under sazba.fonts in metadata.yaml");
      }
      i += Character.charCount(cp);
    }
  }
}

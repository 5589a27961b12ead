package cz.sazba.typeset;

import cz.sazba.font.FontStyle;
import cz.sazba.model.Image;
import cz.sazba.model.Citation;
import cz.sazba.model.Code;
import cz.sazba.model.Note;
import cz.sazba.model.SmallCaps;
import cz.sazba.model.Strikeout;
import cz.sazba.model.Subscript;
import cz.sazba.model.Superscript;
import cz.sazba.model.CitationMark;
import cz.sazba.model.Cite;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Inline;
import cz.sazba.model.InlineVisitor;
import cz.sazba.model.Inlines;
import cz.sazba.model.Lang;
import cz.sazba.model.LineBreak;
import cz.sazba.model.Link;
import cz.sazba.model.Strong;
import cz.sazba.model.Text;
import cz.sazba.typeset.page.StructRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the inline tree into {@link Run}s and, on the way, adds the inline structure elements: a
 * Span with /Lang for every foreign passage, a Link for every link, a Reference holding a Link
 * for every citation mark.
 */
final class InlineFlattener {
  private final StructureTree structure;
  /** Where the notes met go; null where the text can hold none (contents, references). */
  private final NoteQueue notes;
  private final List<Run> runs = new ArrayList<>();
  private int offset;

  private InlineFlattener(StructureTree structure, NoteQueue notes) {
    this.structure = structure;
    this.notes = notes;
  }

  /**
   * @param base style of the block (bold for headings)
   * @param lang language of the block
   * @param parent the block's structure node
   */
  static List<Run> flatten(
      List<Inline> inlines, FontStyle base, Lang lang, int parent, StructureTree structure) {
    return flatten(inlines, base, lang, parent, structure, null);
  }

  /** As above; each note met is registered with {@code notes} and set as its mark. */
  static List<Run> flatten(
      List<Inline> inlines, FontStyle base, Lang lang, int parent, StructureTree structure, NoteQueue notes) {
    InlineFlattener f = new InlineFlattener(structure, notes);
    f.walk(inlines, base.isBold(), base.isItalic(), lang, parent, Optional.empty(), -1, false, Run.Look.PLAIN);
    return List.copyOf(f.runs);
  }

  private void walk(
      List<Inline> inlines, boolean bold, boolean italic, Lang lang, int parent, Optional<String> href, int linkId,
      boolean url) {
    walk(inlines, bold, italic, lang, parent, href, linkId, url, Run.Look.PLAIN);
  }

  private void walk(
      List<Inline> inlines, boolean bold, boolean italic, Lang lang, int parent, Optional<String> href, int linkId,
      boolean url, Run.Look look) {
    InlineVisitor<Void> visitor = new InlineVisitor<>() {
      @Override public Void visitImage(Image i) {
        // A picture in the line: a Figure node with its alt text, or an artifact when decorative.
        int node = i.decorative() ? -1 : structure.add(parent, StructRole.FIGURE, Optional.empty(), Optional.of(i.alt()));
        runs.add(new Run(Run.PICTURE, FontStyle.of(bold, italic), lang, node, href, linkId, false, offset, Optional.empty(),
            look, Optional.of(i)));
        offset += i.alt().length(); // the model's plain text holds its alt text (Inlines.plainText)
        return null;
      }

      @Override public Void visitText(Text t) {
        emit(t.text(), FontStyle.of(bold, italic), lang, parent, href, linkId, url, look);
        return null;
      }

      @Override public Void visitCode(Code c) {
        int node = structure.add(parent, StructRole.CODE);
        emit(c.text(), FontStyle.of(bold, italic), lang, node, href, linkId, url, look.monospace());
        return null;
      }

      @Override public Void visitSmallCaps(SmallCaps sc) {
        int node = structure.add(parent, StructRole.SPAN);
        walk(sc.content(), bold, italic, lang, node, href, linkId, url, look.smallCapitals());
        return null;
      }

      @Override public Void visitStrikeout(Strikeout st) {
        int node = structure.add(parent, StructRole.SPAN);
        walk(st.content(), bold, italic, lang, node, href, linkId, url, look.struck());
        return null;
      }

      @Override public Void visitSuperscript(Superscript sp) {
        int node = structure.add(parent, StructRole.SPAN);
        walk(sp.content(), bold, italic, lang, node, href, linkId, url, look.superscript());
        return null;
      }

      @Override public Void visitSubscript(Subscript sb) {
        int node = structure.add(parent, StructRole.SPAN);
        walk(sb.content(), bold, italic, lang, node, href, linkId, url, look.subscript());
        return null;
      }

      @Override public Void visitNote(Note n) {
        if (notes == null) throw new IllegalStateException("a note where no note can be set: " + n.span());
        emitNoteMark(n, FontStyle.of(bold, italic), lang, parent, look);
        return null;
      }

      @Override public Void visitEmph(Emph e) {
        // Emphasis inside italics turns upright again, as LaTeX's \emph does.
        walk(e.content(), bold, !italic, lang, parent, href, linkId, url, look);
        return null;
      }

      @Override public Void visitStrong(Strong s) {
        walk(s.content(), true, italic, lang, parent, href, linkId, url, look);
        return null;
      }

      @Override public Void visitForeign(Foreign f) {
        int span = structure.add(parent, StructRole.FOREIGN, Optional.of(f.lang()), Optional.empty());
        walk(f.content(), bold, italic, f.lang(), span, href, linkId, url, look);
        return null;
      }

      @Override public Void visitLink(Link l) {
        String description = l.isInternal() ? Inlines.plainText(l.content()) : l.href();
        int link = structure.add(parent, StructRole.LINK, Optional.empty(), Optional.of(description));
        boolean looksLikeUrl = Inlines.plainText(l.content()).strip().equals(l.href())
            || Inlines.plainText(l.content()).contains("://");
        walk(l.content(), bold, italic, lang, link, Optional.of(l.href()), link, looksLikeUrl, look);
        return null;
      }

      @Override public Void visitCitation(Citation c) {
        emitCitation(c, bold, italic, lang, parent);
        return null;
      }

      @Override public Void visitLineBreak(LineBreak b) {
        runs.add(new Run(Run.LINE_BREAK, FontStyle.of(bold, italic), lang, parent, href, linkId, false, offset,
            Optional.empty()));
        offset += 1;
        return null;
      }

      @Override public Void visitCite(Cite c) {
        throw new IllegalStateException("citations must be numbered before typesetting");
      }
    };
    for (Inline inline : inlines) inline.accept(visitor);
  }

  /** {@code [1, p. 158]}: each number links to its entry; the bracket never breaks inside. */
  private void emitCitation(Citation c, boolean bold, boolean italic, Lang lang, int parent) {
    FontStyle style = FontStyle.of(bold, italic);
    String label = Inlines.plainText(List.of(c));
    int reference = structure.add(parent, StructRole.CITATION, Optional.empty(), Optional.of("citation " + label));
    runs.add(new Run("[", style, lang, reference, false, offset, Optional.of(c.id())));
    offset += 1;
    for (int i = 0; i < c.marks().size(); i++) {
      CitationMark m = c.marks().get(i);
      if (i > 0) emit(";\u00A0", style, lang, reference, Optional.empty(), -1, false);
      int link = structure.add(reference, StructRole.LINK, Optional.empty(), Optional.of("reference " + m.number()));
      emit(m.label().replace(' ', '\u00A0'), style, lang, link, Optional.of("#" + m.targetId()), link, false);
    }
    emit("]", style, lang, reference, Optional.empty(), -1, false);
  }

  /**
   * A note's mark: its label as a superscript, in a Reference holding the Link to the note; the
   * mark's own anchor is where the note links back to. The note's structure node follows the
   * Reference in the tree (its lines are at the page's foot).
   */
  private void emitNoteMark(Note n, FontStyle style, Lang lang, int parent, Run.Look look) {
    int reference = structure.add(parent, StructRole.NOTE_REFERENCE, Optional.empty(), Optional.of("note " + n.label()));
    int link = structure.add(reference, StructRole.LINK, Optional.empty(), Optional.of("note " + n.label()));
    int node = structure.add(parent, StructRole.NOTE);
    String label = notes.register(n, node);
    runs.add(new Run(label, style, lang, link, Optional.of("#" + n.id()), link, false, offset,
        Optional.of(NoteQueue.markId(n)), look.superscript()));
    // The model's plain text holds nothing for a note (Inlines.plainText): offsets stay.
  }

  private void emit(String text, FontStyle style, Lang lang, int structId, Optional<String> href, int linkId,
      boolean url) {
    emit(text, style, lang, structId, href, linkId, url, Run.Look.PLAIN);
  }

  private void emit(String text, FontStyle style, Lang lang, int structId, Optional<String> href, int linkId,
      boolean url, Run.Look look) {
    if (text.isEmpty()) return;
    runs.add(new Run(text, style, lang, structId, href, linkId, url, offset, Optional.empty(), look));
    offset += text.length();
  }

}

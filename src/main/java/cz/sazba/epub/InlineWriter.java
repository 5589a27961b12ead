package cz.sazba.epub;

import cz.sazba.model.Image;
import cz.sazba.model.Cite;
import cz.sazba.model.Citation;
import cz.sazba.model.Code;
import cz.sazba.model.InlineVisitor;
import cz.sazba.model.Note;
import cz.sazba.model.SmallCaps;
import cz.sazba.model.Strikeout;
import cz.sazba.model.Subscript;
import cz.sazba.model.Superscript;
import cz.sazba.model.CitationMark;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Inline;
import cz.sazba.model.Inlines;
import cz.sazba.model.LineBreak;
import cz.sazba.model.Link;
import cz.sazba.model.Strong;
import cz.sazba.model.Text;
import java.util.List;
import java.util.Optional;

/**
 * Writes inline content as XHTML, placing the page-break markers of its leaf on the way. Keeps a
 * cursor into the leaf's plain text ({@link Inlines#plainText}) so that a marker's offset lands
 * between the same characters the print edition's page starts with.
 */
final class InlineWriter {
  private final StringBuilder out;
  private final AnchorIndex anchors;
  private final List<PageBreaks.Break> breaks;
  private int next;
  private int pos;
  private int linkDepth;
  /** Where the notes met on the way are collected, for the end of the file; null: none wanted. */
  private final List<Note> notes;

  private InlineWriter(StringBuilder out, AnchorIndex anchors, List<PageBreaks.Break> breaks, boolean interactive,
      List<Note> notes) {
    this.out = out;
    this.notes = notes;
    this.anchors = anchors;
    this.breaks = breaks;
    this.linkDepth = interactive ? 0 : 1;
  }

  /** Content of a paragraph, heading or entry: links, anchors and page markers included. */
  static void write(StringBuilder out, List<Inline> inlines, AnchorIndex anchors, List<PageBreaks.Break> breaks,
      List<Note> notes) {
    InlineWriter w = new InlineWriter(out, anchors, breaks, true, notes);
    w.inlines(inlines);
    w.flushBreaks(Integer.MAX_VALUE);
  }

  /**
   * Content that is itself inside a link (navigation entries, contents lines): formatting and
   * language only, since a link may not hold another link or an anchor a citation links back to.
   */
  static void writeInsideLink(StringBuilder out, List<Inline> inlines) {
    new InlineWriter(out, null, List.of(), false, null).inlines(inlines);
  }

  /**
   * An image in running text. Inside a link (navigation, contents lines) it is its alt text, as
   * a reader hears it there; elsewhere an {@code <img>} whose size is the one asked for or, with
   * none, at most the line's height ({@code img.inline} in the style sheet).
   */
  private void image(Image i) {
    if (anchors == null) {
      text(i.alt());
      return;
    }
    out.append("<img src=\"").append(Xml.attr(anchors.images().href(i))).append("\" alt=\"").append(Xml.attr(i.alt()))
        .append('"');
    String style = style(i);
    out.append(style.isEmpty() ? " class=\"inline\"" : " class=\"inline-sized\" style=\"" + Xml.attr(style) + "\"");
    if (i.decorative()) out.append(" role=\"presentation\"");
    out.append("/>");
    pos += i.alt().length();
  }

  /** CSS for the size the manuscript asked for ({@code width=60%}, {@code height=1em}); empty for none. */
  static String style(Image i) {
    StringBuilder s = new StringBuilder();
    i.width().ifPresent(d -> s.append("width:").append(css(d)).append(';'));
    i.height().ifPresent(d -> s.append("height:").append(css(d)).append(';'));
    return s.toString();
  }

  private static String css(cz.sazba.model.Dimension d) {
    String unit = switch (d.unit()) {
      case PERCENT -> "%";
      case PT -> "pt";
      case MM -> "mm";
      case CM -> "cm";
      case IN -> "in";
      case PX -> "px";
      case EM -> "em";
    };
    double v = d.value();
    String number = v == Math.rint(v) ? Long.toString((long) v) : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    return number + unit;
  }

  static void pageBreak(StringBuilder out, PageBreaks.Break b) {
    out.append("<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"").append(Xml.attr(b.id()))
        .append("\" aria-label=\"").append(Xml.attr(b.label())).append("\"/>");
  }

  /** Writes every marker whose offset is before {@code limit} (all that belong here or earlier). */
  private void flushBreaks(int limit) {
    while (next < breaks.size() && breaks.get(next).offset() < limit) pageBreak(out, breaks.get(next++));
  }

  private void inlines(List<Inline> inlines) {
    for (Inline i : inlines) inline(i);
  }

  private void inline(Inline i) {
    flushBreaks(pos + 1); // markers at the current position go before the element that starts here
    i.accept(visitor);
  }

  /** What each kind of inline becomes; the cursor {@code pos} advances as {@link Inlines#plainText} does. */
  private final InlineVisitor<Void> visitor = new InlineVisitor<>() {
    @Override public Void visitText(Text t) { text(t.text()); return null; }
    @Override public Void visitImage(Image i) { image(i); return null; }
    @Override public Void visitEmph(Emph e) { wrapped("em", "", e.content()); return null; }
    @Override public Void visitStrong(Strong s) { wrapped("strong", "", s.content()); return null; }
    @Override public Void visitForeign(Foreign f) {
      String lang = Xml.attr(f.lang().tag());
      wrapped("span", " lang=\"" + lang + "\" xml:lang=\"" + lang + "\"", f.content());
      return null;
    }
    @Override public Void visitLink(Link l) { link(l); return null; }
    @Override public Void visitLineBreak(LineBreak b) {
      out.append("<br/>");
      pos += 1;
      return null;
    }
    @Override public Void visitCitation(Citation c) { citation(c); return null; }
    @Override public Void visitCite(Cite c) {
      // A Cite the citation transform left behind: show it as written rather than lose it.
      String s = Inlines.plainText(List.of(c));
      out.append(Xml.text(s));
      pos += s.length();
      return null;
    }
    @Override public Void visitNote(Note n) { note(n); return null; }
    @Override public Void visitCode(Code c) {
      out.append("<code>");
      text(c.text());
      out.append("</code>");
      return null;
    }
    @Override public Void visitSmallCaps(SmallCaps s) { wrapped("span", " class=\"smallcaps\"", s.content()); return null; }
    @Override public Void visitStrikeout(Strikeout s) { wrapped("del", "", s.content()); return null; }
    @Override public Void visitSuperscript(Superscript s) { wrapped("sup", "", s.content()); return null; }
    @Override public Void visitSubscript(Subscript s) { wrapped("sub", "", s.content()); return null; }
  };

  /**
   * A footnote's mark, linked to the note, which the content document writes at the end of the
   * file ({@code notes}). Inside a link (a contents line) a note has no place: the entry names the
   * heading, not its notes, as in pandoc's contents.
   */
  private void note(Note n) {
    if (linkDepth > 0 || notes == null) return;
    notes.add(n);
    out.append("<a class=\"noteref\" epub:type=\"noteref\" role=\"doc-noteref\" id=\"").append(Xml.attr(n.markId()))
        .append("\" href=\"#").append(Xml.attr(n.id())).append("\"><sup>").append(Xml.text(n.label())).append("</sup></a>");
  }

  private void text(String s) {
    int from = 0;
    while (next < breaks.size() && breaks.get(next).offset() < pos + s.length()) {
      int cut = Math.max(from, breaks.get(next).offset() - pos);
      out.append(Xml.text(s.substring(from, cut)));
      pageBreak(out, breaks.get(next++));
      from = cut;
    }
    out.append(Xml.text(s.substring(from)));
    pos += s.length();
  }

  private void wrapped(String tag, String attributes, List<Inline> content) {
    out.append('<').append(tag).append(attributes).append('>');
    inlines(content);
    out.append("</").append(tag).append('>');
  }

  private void link(Link l) {
    Optional<String> href = l.isInternal() ? anchorHref(l.anchor()) : Optional.of(l.href());
    if (linkDepth > 0 || href.isEmpty()) {
      inlines(l.content()); // a link in a link, or to nothing: keep the words
      return;
    }
    out.append("<a href=\"").append(Xml.attr(href.get())).append("\">");
    linkDepth++;
    inlines(l.content());
    linkDepth--;
    out.append("</a>");
  }

  private Optional<String> anchorHref(String id) {
    return anchors == null ? Optional.empty() : anchors.href(id);
  }

  private void citation(Citation c) {
    String plain = Inlines.plainText(List.of(c));
    flushBreaks(pos + plain.length()); // a page that starts inside the brackets is marked before them
    pos += plain.length();
    if (linkDepth > 0) {
      out.append(Xml.text(plain));
      return;
    }
    List<CitationMark> marks = c.marks();
    if (marks.size() == 1) {
      Optional<String> href = anchorHref(marks.get(0).targetId());
      if (href.isPresent()) {
        out.append("<a class=\"citation\" epub:type=\"noteref\" role=\"doc-noteref\" id=\"").append(Xml.attr(c.id()))
            .append("\" href=\"").append(Xml.attr(href.get())).append("\">").append(Xml.text(plain)).append("</a>");
        return;
      }
    }
    // Several works in one bracket: one link per number, the anchor on the whole bracket.
    out.append("<span class=\"citation\" id=\"").append(Xml.attr(c.id())).append("\">[");
    for (int k = 0; k < marks.size(); k++) {
      if (k > 0) out.append("; ");
      CitationMark m = marks.get(k);
      Optional<String> href = anchorHref(m.targetId());
      if (href.isPresent()) {
        out.append("<a epub:type=\"noteref\" role=\"doc-noteref\" href=\"").append(Xml.attr(href.get())).append("\">")
            .append(Xml.text(m.label())).append("</a>");
      } else out.append(Xml.text(m.label()));
    }
    out.append("]</span>");
  }
}

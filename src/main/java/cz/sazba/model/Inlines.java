package cz.sazba.model;

import java.util.List;

/** Small read-only helpers over inline content. */
public final class Inlines {
  private Inlines() {}

  /** The text a reader sees, with citations as their bracketed numbers; for outlines and titles. */
  public static String plainText(List<Inline> inlines) {
    return text(inlines, true);
  }

  /**
   * The words a reader sees, without citation marks (and, as in {@link #plainText}, without
   * notes): what says whether a heading or a link's text has any words of its own.
   */
  public static String words(List<Inline> inlines) {
    return text(inlines, false);
  }

  private static String text(List<Inline> inlines, boolean citations) {
    StringBuilder s = new StringBuilder();
    PlainText visitor = new PlainText(s, citations);
    for (Inline i : inlines) i.accept(visitor);
    return s.toString();
  }

  private record PlainText(StringBuilder s, boolean citations) implements InlineVisitor<Void> {
    private Void all(List<Inline> inlines) {
      for (Inline i : inlines) i.accept(this);
      return null;
    }

    @Override public Void visitText(Text t) { s.append(t.text()); return null; }
    @Override public Void visitEmph(Emph e) { return all(e.content()); }
    @Override public Void visitStrong(Strong st) { return all(st.content()); }
    @Override public Void visitForeign(Foreign f) { return all(f.content()); }
    @Override public Void visitLink(Link l) { return all(l.content()); }
    @Override public Void visitLineBreak(LineBreak b) { s.append(' '); return null; }
    /** A note is not part of the text it is attached to (an outline entry has no notes). */
    @Override public Void visitNote(Note n) { return null; }
    @Override public Void visitCode(Code c) { s.append(c.text()); return null; }
    @Override public Void visitSmallCaps(SmallCaps sc) { return all(sc.content()); }
    @Override public Void visitStrikeout(Strikeout st) { return all(st.content()); }
    @Override public Void visitSuperscript(Superscript sup) { return all(sup.content()); }
    @Override public Void visitSubscript(Subscript sub) { return all(sub.content()); }
    /** An inline picture reads as its text alternative. */
    @Override public Void visitImage(Image i) { s.append(i.alt()); return null; }

    @Override public Void visitCitation(Citation c) {
      if (!citations) return null;
      s.append('[');
      for (int k = 0; k < c.marks().size(); k++) s.append(k == 0 ? "" : "; ").append(c.marks().get(k).label());
      s.append(']');
      return null;
    }

    @Override public Void visitCite(Cite c) {
      if (!citations) return null;
      s.append('[');
      for (int k = 0; k < c.items().size(); k++) s.append(k == 0 ? "@" : "; @").append(c.items().get(k).key());
      s.append(']');
      return null;
    }
  }
}

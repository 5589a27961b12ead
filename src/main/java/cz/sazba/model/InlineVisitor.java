package cz.sazba.model;

/**
 * One method per kind of {@link Inline}; see {@link BlockVisitor} for why. A new inline kind adds
 * a method here, and the compiler lists every stage that must decide what to do with it.
 */
public interface InlineVisitor<R> {
  R visitText(Text text);

  R visitEmph(Emph emph);

  R visitStrong(Strong strong);

  R visitForeign(Foreign foreign);

  R visitCite(Cite cite);

  R visitCitation(Citation citation);

  R visitLink(Link link);

  R visitLineBreak(LineBreak lineBreak);

  /** A footnote: its blocks are content of their own, not part of the surrounding run. */
  R visitNote(Note note);

  R visitCode(Code code);

  R visitSmallCaps(SmallCaps smallCaps);

  R visitStrikeout(Strikeout strikeout);

  R visitSuperscript(Superscript superscript);

  R visitSubscript(Subscript subscript);

  R visitImage(Image image);
}

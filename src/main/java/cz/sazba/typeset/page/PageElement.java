package cz.sazba.typeset.page;

/** Something drawn on a page, or an area that reacts to clicks. */
public sealed interface PageElement permits GlyphRun, LinkArea, Rule, ImageElement {
  Tag tag();
}

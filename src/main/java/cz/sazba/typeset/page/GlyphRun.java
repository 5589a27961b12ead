package cz.sazba.typeset.page;

import cz.sazba.font.FontFace;
import java.util.List;
import java.util.Optional;

/**
 * Glyphs of one face and size on one baseline, in reading order.
 *
 * @param baseline distance of the baseline from the bottom of the page
 * @param actualText what a reader should get when copying this run, when it differs from the
 *     glyphs' own text: the whole word for the first piece of a hyphenated word, the empty string
 *     for the piece after the break
 */
public record GlyphRun(
    FontFace face, long size, long baseline, List<Glyph> glyphs, Optional<String> actualText, Tag tag)
    implements PageElement {
  public GlyphRun {
    glyphs = List.copyOf(glyphs);
  }

  /** The glyphs' own text, in order. */
  public String text() {
    StringBuilder s = new StringBuilder();
    for (Glyph g : glyphs) s.append(g.text());
    return s.toString();
  }
}

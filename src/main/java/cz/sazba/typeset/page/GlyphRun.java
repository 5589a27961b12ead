package cz.sazba.typeset.page;

import cz.sazba.font.FontFace;
import java.util.List;
import java.util.Optional;

/**
 * Glyphs of one face and size on one baseline, in reading order.
 *
 * @param glyphs packed (see {@link GlyphList}): a list of other glyphs is packed on the way in
 * @param baseline distance of the baseline from the bottom of the page
 * @param actualText what a reader should get when copying this run, when it differs from the
 *     glyphs' own text: the whole word for the first piece of a hyphenated word, the empty string
 *     for the piece after the break
 */
public record GlyphRun(
    FontFace face, long size, long baseline, GlyphList glyphs, Optional<String> actualText, Tag tag)
    implements PageElement {
  public GlyphRun(FontFace face, long size, long baseline, List<Glyph> glyphs, Optional<String> actualText, Tag tag) {
    this(face, size, baseline, GlyphList.of(glyphs), actualText, tag);
  }

  /** The same run {@code dx} further right and {@code dy} higher; its glyphs are not copied. */
  public GlyphRun moved(long dx, long dy) {
    return dx == 0 && dy == 0 ? this : new GlyphRun(face, size, baseline + dy, glyphs.moved(dx), actualText, tag);
  }

  /** The glyphs' own text, in order. */
  public String text() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < glyphs.size(); i++) s.append(glyphs.text(i));
    return s.toString();
  }
}

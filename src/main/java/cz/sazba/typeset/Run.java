package cz.sazba.typeset;

import cz.sazba.font.FontStyle;
import cz.sazba.model.Lang;
import java.util.Optional;

/**
 * A stretch of paragraph text with one look and one meaning: the flattened form of the inline
 * tree that the paragraph builder works on.
 *
 * @param lang the language of the text, for hyphenation
 * @param structId the structure node the glyphs belong to (the paragraph, a Span, a Link)
 * @param href where a click on it goes, if it is part of a link
 * @param linkId the Link structure node of that link (-1 when none): a link area belongs to it,
 *     also where the glyphs belong to a node inside it (a foreign passage's Span)
 * @param url whether the text is a URL: broken at slashes and dots, never hyphenated
 * @param modelOffset offset of this run's first character in the plain text of its block
 * @param anchor an anchor that starts at this run's first glyph (a citation's own id)
 */
record Run(
    String text,
    FontStyle style,
    Lang lang,
    int structId,
    Optional<String> href,
    int linkId,
    boolean url,
    int modelOffset,
    Optional<String> anchor) {
  /** A forced line break inside a paragraph. */
  static final String LINE_BREAK = "\n";

  /** A run outside any link. */
  Run(String text, FontStyle style, Lang lang, int structId, boolean url, int modelOffset, Optional<String> anchor) {
    this(text, style, lang, structId, Optional.empty(), -1, url, modelOffset, anchor);
  }

  boolean isLineBreak() {
    return text.equals(LINE_BREAK);
  }
}

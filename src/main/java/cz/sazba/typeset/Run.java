package cz.sazba.typeset;

import cz.sazba.font.FontStyle;
import cz.sazba.model.Lang;
import java.util.Objects;
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
 * @param look how the run departs from the paragraph's text: smaller and raised or lowered
 *     (superscript, subscript, a note's mark), monospace (code), struck out, small capitals
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
    Optional<String> anchor,
    Look look,
    Optional<cz.sazba.model.Image> picture) {
  /** The text that stands for an inline picture in a run (U+FFFC OBJECT REPLACEMENT CHARACTER). */
  static final String PICTURE = "\uFFFC";

  Run(String text, FontStyle style, Lang lang, int structId, Optional<String> href, int linkId, boolean url,
      int modelOffset, Optional<String> anchor, Look look) {
    this(text, style, lang, structId, href, linkId, url, modelOffset, anchor, look, Optional.empty());
  }

  // equals and hashCode written out as a record's would be (same values, same hash): see
  // Lang.equals. A new component must be added to both.
  @Override
  public boolean equals(Object o) {
    if (o == this) return true;
    if (!(o instanceof Run)) return false;
    Run r = (Run) o;
    return structId == r.structId && linkId == r.linkId && url == r.url && modelOffset == r.modelOffset
        && style == r.style && Objects.equals(text, r.text) && Objects.equals(lang, r.lang)
        && Objects.equals(href, r.href) && Objects.equals(anchor, r.anchor) && Objects.equals(look, r.look)
        && Objects.equals(picture, r.picture);
  }

  @Override
  public int hashCode() {
    int h = Objects.hashCode(text);
    h = 31 * h + Objects.hashCode(style);
    h = 31 * h + Objects.hashCode(lang);
    h = 31 * h + structId;
    h = 31 * h + Objects.hashCode(href);
    h = 31 * h + linkId;
    h = 31 * h + Boolean.hashCode(url);
    h = 31 * h + modelOffset;
    h = 31 * h + Objects.hashCode(anchor);
    h = 31 * h + Objects.hashCode(look);
    return 31 * h + Objects.hashCode(picture);
  }

  /** A forced line break inside a paragraph. */
  static final String LINE_BREAK = "\n";

  /**
   * Departures from the paragraph's type.
   *
   * @param scale size in thousandths of the paragraph's size
   * @param rise baseline shift in thousandths of the paragraph's size, up positive
   * @param mono set in the monospace face (code)
   * @param strike a rule through the text
   * @param smallCaps lower-case letters as small capitals (the font's {@code smcp})
   */
  record Look(int scale, int rise, boolean mono, boolean strike, boolean smallCaps) {
    static final Look PLAIN = new Look(1000, 0, false, false, false);

    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof Look l && scale == l.scale && rise == l.rise && mono == l.mono && strike == l.strike
              && smallCaps == l.smallCaps;
    }

    @Override
    public int hashCode() {
      int h = scale;
      h = 31 * h + rise;
      h = 31 * h + Boolean.hashCode(mono);
      h = 31 * h + Boolean.hashCode(strike);
      return 31 * h + Boolean.hashCode(smallCaps);
    }

    /** Superscript (and note marks): about two thirds of the size, raised a third. */
    Look superscript() {
      return new Look(scale * 65 / 100, rise + scale * 35 / 100, mono, strike, smallCaps);
    }

    Look subscript() {
      return new Look(scale * 65 / 100, rise - scale * 15 / 100, mono, strike, smallCaps);
    }

    Look monospace() {
      return new Look(scale * 88 / 100, rise, true, strike, smallCaps);
    }

    Look struck() {
      return new Look(scale, rise, mono, true, smallCaps);
    }

    Look smallCapitals() {
      return new Look(scale, rise, mono, strike, true);
    }

    long size(long base) {
      return scale == 1000 ? base : base * scale / 1000;
    }

    long rise(long base) {
      return base * rise / 1000;
    }
  }

  Run(String text, FontStyle style, Lang lang, int structId, Optional<String> href, int linkId, boolean url,
      int modelOffset, Optional<String> anchor) {
    this(text, style, lang, structId, href, linkId, url, modelOffset, anchor, Look.PLAIN);
  }

  /** A run outside any link. */
  Run(String text, FontStyle style, Lang lang, int structId, boolean url, int modelOffset, Optional<String> anchor) {
    this(text, style, lang, structId, Optional.empty(), -1, url, modelOffset, anchor, Look.PLAIN);
  }

  /** This run with its structure node ids ({@code structId}, {@code linkId}) moved by {@code offset}. */
  Run withIdsMovedBy(int offset) {
    if (offset == 0) return this;
    return new Run(text, style, lang, structId < 0 ? structId : structId + offset, href,
        linkId < 0 ? linkId : linkId + offset, url, modelOffset, anchor, look, picture);
  }

  boolean isLineBreak() {
    return text.equals(LINE_BREAK);
  }
}

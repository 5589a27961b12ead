package cz.sazba.typeset.page;

/**
 * One glyph at a horizontal position on its run's baseline.
 *
 * @param x distance from the page's left edge to the glyph origin
 * @param text the characters this glyph shows (several for a ligature; "-" for an inserted hyphen)
 */
public record Glyph(int glyphId, long x, String text) {}

/**
 * Sazba's own typesetting engine: the book's blocks become Knuth–Plass paragraphs (with kerning,
 * ligatures, hyphenation by the language of each span and margin kerning), the lines become pages
 * (widows, orphans, headings kept with their text, running heads, folios), and the result is a
 * {@link cz.sazba.typeset.page.LaidOutBook} of positioned glyphs tied to a structure tree.
 * Lengths are fixed-point ({@link cz.sazba.typeset.page.Sp}).
 */
package cz.sazba.typeset;

/**
 * Font files as the typesetter and the PDF writer need them: glyph lookup, advance widths, pair
 * kerning from GPOS (and the old {@code kern} table), standard ligatures from GSUB, and the
 * metrics a PDF font descriptor wants. Parsing goes through fontbox; GPOS and GSUB lookups are
 * read here because fontbox does not apply GPOS kerning.
 *
 * <p>{@code FontReader} reads every table once into plain arrays and closes the
 * fontbox object, so a {@link cz.sazba.font.FontFace} is immutable and shared freely between
 * threads. {@link cz.sazba.font.FontSet} holds the four styles of a book and the ordered fallback
 * faces (the bundled DejaVu Sans) that {@link cz.sazba.font.FontSet#segments} splits text over by
 * cmap, and caches the bundled Gentium Book Plus set per JVM. Shaping is deliberately small: cmap, {@code liga}, pair kerning
 * between adjacent glyphs; enough for Latin text, not a general shaping engine.
 */
package cz.sazba.font;

/**
 * Font files as the typesetter and the PDF writer need them: glyph lookup, advance widths, pair
 * kerning from GPOS (and the old {@code kern} table), standard ligatures from GSUB, and the
 * metrics a PDF font descriptor wants. The sfnt tables are read here, in place in the file's
 * bytes ({@code SfntFile}, {@code TableBytes}), with no font library: a cold start reads only what
 * a face needs (no dates, glyph names or unused cmap subtables; glyph outlines only when drawn).
 *
 * <p>{@code FontReader} reads the tables it needs once into plain arrays, so a
 * {@link cz.sazba.font.FontFace} is immutable and shared freely between threads.
 * {@link cz.sazba.font.FontSubset} cuts fonts down for embedding: by code point for an EPUB, by
 * glyph id (renumbered) for a PDF. {@link cz.sazba.font.FontSet} holds the four styles of a book
 * and the ordered fallback faces (the bundled DejaVu Sans) that
 * {@link cz.sazba.font.FontSet#segments} splits text over by cmap, and caches the bundled Gentium
 * Book Plus set per JVM. Shaping is deliberately small: cmap, {@code liga}, pair kerning between
 * adjacent glyphs; enough for Latin text, not a general shaping engine.
 */
package cz.sazba.font;

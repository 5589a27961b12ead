/**
 * Font files as the typesetter and the PDF writer need them: glyph lookup, advance widths, pair
 * kerning from GPOS (and the old {@code kern} table), standard ligatures from GSUB, and the
 * metrics a PDF font descriptor wants. Parsing goes through fontbox; GPOS and GSUB lookups are
 * read here because fontbox does not apply GPOS kerning.
 */
package cz.sazba.font;

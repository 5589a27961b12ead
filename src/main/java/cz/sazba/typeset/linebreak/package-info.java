/**
 * Optimal line breaking after Knuth and Plass, "Breaking Paragraphs into Lines" (1981), on
 * abstract box/glue/penalty items in fixed-point lengths. Knows nothing of fonts or text.
 *
 * <p>{@link cz.sazba.typeset.linebreak.KnuthPlass} is the entry point: items, the width of each
 * line and {@link cz.sazba.typeset.linebreak.BreakParams} in, {@link
 * cz.sazba.typeset.linebreak.LineBreaks} out. Everything is integer arithmetic and iteration in
 * item order, so a paragraph breaks the same way on every machine. {@link
 * cz.sazba.typeset.linebreak.KnuthPlass#variants} gives a page breaker the best breaks with one
 * line fewer and one more, with their demerits (TeX's {@code \looseness}). {@link
 * cz.sazba.typeset.linebreak.LineBreakDump} prints breaks for golden files.
 */
package cz.sazba.typeset.linebreak;

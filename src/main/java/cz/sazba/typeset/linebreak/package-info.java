/**
 * Optimal line breaking after Knuth and Plass, "Breaking Paragraphs into Lines" (1981), on
 * abstract box/glue/penalty items in fixed-point lengths. Knows nothing of fonts or text.
 */
package cz.sazba.typeset.linebreak;

package cz.sazba.typeset.linebreak;

/**
 * One item of a paragraph, as in Knuth and Plass. Lengths are fixed-point: 1 pt = 65536 units
 * (TeX's scaled points), so the same paragraph breaks the same way on every machine.
 */
public sealed interface Item permits Box, Glue, Penalty {
  long width();
}

/**
 * Where a word may be hyphenated: Frank Liang's pattern algorithm, the one TeX uses, fed by the
 * hyph-utf8 pattern files that ship as resources next to this package. Owns the reading of those
 * files ({@link cz.sazba.hyphen.PatternFile}), the per-word computation
 * ({@link cz.sazba.hyphen.Hyphenator}) and the choice of patterns for a language
 * ({@link cz.sazba.hyphen.Hyphenators}). It knows nothing about fonts or lines: the typesetter
 * asks for break points word by word and decides itself whether to use them.
 */
package cz.sazba.hyphen;

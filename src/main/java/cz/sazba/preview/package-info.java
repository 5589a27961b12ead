/**
 * Pictures of the typeset pages (PNG, through PDFBox's renderer) for a quick look without a PDF
 * viewer: {@code sazba preview} and the README's spread.
 */
package cz.sazba.preview;

/**
 * Writes the laid-out book as one PDF that is both PDF/A-2u and PDF/UA-1. The only package that
 * talks to PDFBox for writing. It sees pages, the structure tree and metadata, never the
 * manuscript.
 *
 * <p>PDFBox is used for the object graph and the file syntax (cross-reference table, object
 * numbering, Flate). Everything that decides what the file says is written here: subset fonts
 * with our own glyph ids and ToUnicode maps, content streams with marked content, the structure
 * tree, the XMP packet. See {@code docs/pdf.md}.
 */
package cz.sazba.pdf;

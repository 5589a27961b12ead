/**
 * The EPUB 3 output: turns the model's {@link cz.sazba.model.Book} (never the typeset pages) into
 * a deterministic {@code .epub}. epub4j's book model holds the resources and the spine; this
 * package writes the EPUB 3 package itself (content documents, navigation document, NCX, package
 * document, style sheet and the zip container), because epub4j writes only EPUB 2. Entry point:
 * {@link cz.sazba.epub.EpubWriter}.
 */
package cz.sazba.epub;

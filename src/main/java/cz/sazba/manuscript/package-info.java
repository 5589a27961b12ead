/**
 * Reads a manuscript directory ({@code metadata.yaml} and chapter files {@code *.md}) into the
 * {@link cz.sazba.model.Document} model, reporting every problem as a diagnostic instead of
 * throwing. The accepted Markdown is a documented subset of pandoc's, so pandoc reads the same
 * manuscript into the same book (docs/manuscript.md). Entry point: {@link
 * cz.sazba.manuscript.ManuscriptReader}.
 */
package cz.sazba.manuscript;

/**
 * {@code sazba import}: the Parsoid HTML of one Wikipedia revision becomes a Sazba manuscript
 * (metadata.yaml with the attribution filled in, one chapter file in pandoc Markdown, the images
 * that were fetched). {@link cz.sazba.wikipedia.ParsoidConverter} maps the DOM,
 * {@link cz.sazba.wikipedia.WikiClient} fetches a revision from a wiki's REST and Action APIs,
 * {@link cz.sazba.wikipedia.WikiImporter} puts them together. See docs/import.md.
 */
package cz.sazba.wikipedia;

package cz.sazba.model;

import cz.sazba.source.Span;

/**
 * A CSL style file named by pandoc's {@code csl} key, read and checked to be a CSL style.
 *
 * @param file the path as written in metadata.yaml
 * @param xml the style's text
 * @param span where the {@code csl} key's value is, for diagnostics about the style
 */
public record CslStyle(String file, String xml, Span span) {}

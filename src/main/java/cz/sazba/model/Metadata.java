package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * What {@code metadata.yaml} says about the book, typed and validated.
 *
 * @param date the publication date as written (pandoc's {@code date}), shown on the title page
 * @param changes what this edition changed against the source work, one sentence each
 * @param span the metadata file, for diagnostics that concern the metadata as a whole
 * @param text pandoc's options for the text: section numbers, contents depth, smart typography
 * @param cover pandoc's {@code cover-image}, when given (else the EPUB draws one from the title page)
 */
public record Metadata(
    String title,
    Optional<String> subtitle,
    Lang lang,
    List<String> authors,
    Optional<String> date,
    Optional<String> rights,
    Optional<License> license,
    Optional<SourceWork> source,
    List<String> changes,
    List<Reference> references,
    Layout layout,
    Span span,
    TextOptions text,
    Optional<CoverImage> cover) {
  public Metadata {
    authors = List.copyOf(authors);
    changes = List.copyOf(changes);
    references = List.copyOf(references);
  }

  /** Metadata without a cover image of its own. */
  public Metadata(String title, Optional<String> subtitle, Lang lang, List<String> authors, Optional<String> date,
      Optional<String> rights, Optional<License> license, Optional<SourceWork> source, List<String> changes,
      List<Reference> references, Layout layout, Span span, TextOptions text) {
    this(title, subtitle, lang, authors, date, rights, license, source, changes, references, layout, span, text,
        Optional.empty());
  }

  /** Metadata with pandoc's default text options. */
  public Metadata(String title, Optional<String> subtitle, Lang lang, List<String> authors, Optional<String> date,
      Optional<String> rights, Optional<License> license, Optional<SourceWork> source, List<String> changes,
      List<Reference> references, Layout layout, Span span) {
    this(title, subtitle, lang, authors, date, rights, license, source, changes, references, layout, span,
        TextOptions.defaults());
  }

  /** The same metadata with other text options. */
  public Metadata withText(TextOptions newText) {
    return new Metadata(title, subtitle, lang, authors, date, rights, license, source, changes, references, layout,
        span, newText, cover);
  }
}

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
 * @param places where each key's value is in metadata.yaml ({@code title}, {@code license},
 *     {@code source.url}…), so that text generated from it is reported there; see {@link #at}
 * @param cover pandoc's {@code cover-image}, when given (else the EPUB draws one from the title page)
 * @param csl pandoc's {@code csl}: the citation style, when given (else Sazba's own style)
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
    java.util.Map<String, Span> places,
    Optional<CoverImage> cover,
    Optional<CslStyle> csl) {
  public Metadata {
    places = java.util.Map.copyOf(places);
    authors = List.copyOf(authors);
    changes = List.copyOf(changes);
    references = List.copyOf(references);
  }

  /** Metadata without a citation style of its own. */
  public Metadata(String title, Optional<String> subtitle, Lang lang, List<String> authors, Optional<String> date,
      Optional<String> rights, Optional<License> license, Optional<SourceWork> source, List<String> changes,
      List<Reference> references, Layout layout, Span span, TextOptions text, java.util.Map<String, Span> places,
      Optional<CoverImage> cover) {
    this(title, subtitle, lang, authors, date, rights, license, source, changes, references, layout, span, text,
        places, cover, Optional.empty());
  }

  /** Metadata that knows no places of its keys and has no cover image of its own (made in code, for tests). */
  public Metadata(String title, Optional<String> subtitle, Lang lang, List<String> authors, Optional<String> date,
      Optional<String> rights, Optional<License> license, Optional<SourceWork> source, List<String> changes,
      List<Reference> references, Layout layout, Span span, TextOptions text) {
    this(title, subtitle, lang, authors, date, rights, license, source, changes, references, layout, span, text,
        java.util.Map.of(), Optional.empty());
  }

  /** Metadata with a cover image, knowing no places of its keys (made in code, for tests). */
  public Metadata(String title, Optional<String> subtitle, Lang lang, List<String> authors, Optional<String> date,
      Optional<String> rights, Optional<License> license, Optional<SourceWork> source, List<String> changes,
      List<Reference> references, Layout layout, Span span, TextOptions text, Optional<CoverImage> cover) {
    this(title, subtitle, lang, authors, date, rights, license, source, changes, references, layout, span, text,
        java.util.Map.of(), cover);
  }

  /** Metadata with the places of its keys, without a cover image of its own. */
  public Metadata(String title, Optional<String> subtitle, Lang lang, List<String> authors, Optional<String> date,
      Optional<String> rights, Optional<License> license, Optional<SourceWork> source, List<String> changes,
      List<Reference> references, Layout layout, Span span, TextOptions text, java.util.Map<String, Span> places) {
    this(title, subtitle, lang, authors, date, rights, license, source, changes, references, layout, span, text,
        places, Optional.empty());
  }

  /**
   * Where the value of {@code key} ({@code title}, {@code license.url}, {@code source.url}…) is,
   * else where its parent key is ({@code source} for {@code source.url}), else the file.
   */
  public Span at(String key) {
    for (String k = key; ; k = k.substring(0, k.lastIndexOf('.'))) {
      Span s = places.get(k);
      if (s != null) return s;
      if (k.indexOf('.') < 0) return span;
    }
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
        span, newText, places, cover, csl);
  }
}

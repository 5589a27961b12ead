package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * One CSL item of the {@code references} list, with the fields Sazba formats.
 *
 * @param type CSL item type: {@code book}, {@code webpage}, {@code article-journal}, ...
 * @param medium how the work is published, e.g. {@code PDF}
 * @param language the language of the work; its title is marked with it when it differs from
 *     the book's
 * @param doi the work's DOI, without {@code https://doi.org/}
 */
public record Reference(
    String id,
    String type,
    List<Name> authors,
    Optional<String> title,
    Optional<String> containerTitle,
    Optional<String> publisher,
    Optional<String> publisherPlace,
    Optional<CslDate> issued,
    Optional<CslDate> accessed,
    Optional<String> url,
    Optional<String> page,
    Optional<String> medium,
    Optional<Lang> language,
    Span span,
    Optional<String> doi) {
  public Reference {
    authors = List.copyOf(authors);
  }

  /** A reference without a DOI. */
  public Reference(String id, String type, List<Name> authors, Optional<String> title, Optional<String> containerTitle,
      Optional<String> publisher, Optional<String> publisherPlace, Optional<CslDate> issued, Optional<CslDate> accessed,
      Optional<String> url, Optional<String> page, Optional<String> medium, Optional<Lang> language, Span span) {
    this(id, type, authors, title, containerTitle, publisher, publisherPlace, issued, accessed, url, page, medium,
        language, span, Optional.empty());
  }
}

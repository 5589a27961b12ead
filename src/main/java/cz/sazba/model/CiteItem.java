package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.Optional;

/**
 * One key inside a citation, with what the author wrote after it ({@code p. 158}) and before it
 * ({@code see}, pandoc's prefix), and whether its author is left out ({@code [-@key]}, pandoc's
 * {@code SuppressAuthor}: a CSL style sets the citation without the names).
 */
public record CiteItem(String key, Optional<String> locator, Optional<String> prefix, boolean suppressAuthor, Span span) {
  public CiteItem(String key, Optional<String> locator, Optional<String> prefix, Span span) {
    this(key, locator, prefix, false, span);
  }

  public CiteItem(String key, Optional<String> locator, Span span) {
    this(key, locator, Optional.empty(), span);
  }
}

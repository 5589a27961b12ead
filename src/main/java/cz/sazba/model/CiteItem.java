package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.Optional;

/**
 * One key inside a citation, with what the author wrote after it ({@code p. 158}) and before it
 * ({@code see}, pandoc's prefix).
 */
public record CiteItem(String key, Optional<String> locator, Optional<String> prefix, Span span) {
  public CiteItem(String key, Optional<String> locator, Span span) {
    this(key, locator, Optional.empty(), span);
  }
}

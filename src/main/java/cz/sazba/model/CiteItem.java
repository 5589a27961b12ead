package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.Optional;

/** One key inside a citation, with what the author wrote after it ({@code p. 158}). */
public record CiteItem(String key, Optional<String> locator, Span span) {}

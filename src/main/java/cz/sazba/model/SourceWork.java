package cz.sazba.model;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The work this book is made from, as its licence wants it named.
 *
 * @param url the exact revision that was used
 * @param edited when that revision was last edited; also the book's timestamp when no
 *     {@code SOURCE_DATE_EPOCH} is set
 * @param history a page that lists the work's authors
 */
public record SourceWork(
    String title, URI url, Optional<String> revision, Optional<OffsetDateTime> edited, Optional<URI> history) {}

package cz.sazba.pipeline;

import cz.sazba.env.BuildEnvironment;
import cz.sazba.model.Metadata;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The one timestamp a book carries (PDF dates, EPUB dcterms:modified, zip entries), never the
 * clock: SOURCE_DATE_EPOCH when set, else when the source was last edited, else the book's date,
 * else the start of 1970. So the same manuscript always gives the same bytes.
 */
public final class Timestamps {
  private Timestamps() {}

  public static Instant of(BuildEnvironment env, Metadata metadata) {
    if (env.sourceDateEpoch().isPresent()) return env.sourceDateEpoch().get();
    var edited = metadata.source().flatMap(s -> s.edited());
    if (edited.isPresent()) return edited.get().toInstant();
    if (metadata.date().isPresent()) {
      try {
        return LocalDate.parse(metadata.date().get().strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e) {
        // A free-form date ("Spring 2019") is shown as written but cannot date the files.
      }
    }
    return Instant.EPOCH;
  }
}

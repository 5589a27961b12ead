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
 * else the earliest time below. So the same manuscript always gives the same bytes.
 *
 * <p>The result is kept between {@link #EARLIEST} and {@link #LATEST}: a zip entry cannot be dated
 * before 1980 (and Java marks 1980-01-01 00:00:00 itself as "before 1980", adding a time-zone
 * dependent extra field that EPUBCheck rejects), and PDF and EPUB dates have four-digit years.
 */
public final class Timestamps {
  private Timestamps() {}

  /** The earliest file date: two seconds after the first a zip entry can hold (DOS time counts in 2 s). */
  public static final Instant EARLIEST = Instant.parse("1980-01-01T00:00:02Z");
  /** The last second of the year 9999. */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  public static Instant of(BuildEnvironment env, Metadata metadata) {
    Instant t = unclamped(env, metadata);
    return t.isBefore(EARLIEST) ? EARLIEST : t.isAfter(LATEST) ? LATEST : t;
  }

  private static Instant unclamped(BuildEnvironment env, Metadata metadata) {
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

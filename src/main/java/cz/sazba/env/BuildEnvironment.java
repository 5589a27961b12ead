package cz.sazba.env;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the build takes from the world outside the manuscript.
 *
 * @param sourceDateEpoch the reproducible-builds timestamp, when the caller set one
 */
public record BuildEnvironment(Optional<Instant> sourceDateEpoch) {
  /** 9999-12-31T23:59:59Z, the last second a four-digit year can write. */
  public static final long LATEST_SECONDS = 253402300799L;

  /** Reads {@code SOURCE_DATE_EPOCH} (seconds since 1970, UTC) from the given environment. */
  public static BuildEnvironment from(Map<String, String> env) {
    String raw = env.get("SOURCE_DATE_EPOCH");
    if (raw == null || raw.isBlank()) return new BuildEnvironment(Optional.empty());
    long seconds;
    try {
      seconds = Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("SOURCE_DATE_EPOCH is not a whole number of seconds: "
          + cz.sazba.source.Quote.of(raw));
    }
    // PDF dates and EPUB's dcterms:modified have four-digit years; earlier than 1980 is allowed
    // (SOURCE_DATE_EPOCH=0 is common) and the book's files are then dated at the earliest time a
    // zip can hold (see Timestamps).
    if (seconds < 0 || seconds > LATEST_SECONDS) {
      throw new IllegalArgumentException("SOURCE_DATE_EPOCH " + seconds + " is outside 0 to " + LATEST_SECONDS
          + " (1970-01-01 to 9999-12-31 in UTC)");
    }
    return new BuildEnvironment(Optional.of(Instant.ofEpochSecond(seconds)));
  }

  /** No outside influence at all: for tests. */
  public static BuildEnvironment fixed() {
    return new BuildEnvironment(Optional.empty());
  }
}

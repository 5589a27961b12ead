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
  /** Reads {@code SOURCE_DATE_EPOCH} (seconds since 1970, UTC) from the given environment. */
  public static BuildEnvironment from(Map<String, String> env) {
    String raw = env.get("SOURCE_DATE_EPOCH");
    if (raw == null || raw.isBlank()) return new BuildEnvironment(Optional.empty());
    try {
      return new BuildEnvironment(Optional.of(Instant.ofEpochSecond(Long.parseLong(raw.strip()))));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("SOURCE_DATE_EPOCH is not a whole number of seconds: " + raw);
    }
  }

  /** No outside influence at all: for tests. */
  public static BuildEnvironment fixed() {
    return new BuildEnvironment(Optional.empty());
  }
}

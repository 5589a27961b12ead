package cz.sazba.model;

import java.util.Optional;

/** One cited reference inside a {@link Citation}: its number and the anchor of its entry. */
public record CitationMark(int number, String targetId, Optional<String> locator) {
  /** {@code 1} or {@code 1, p. 158}: what stands between the brackets for this reference. */
  public String label() {
    return locator.map(l -> number + ", " + l).orElse(Integer.toString(number));
  }
}

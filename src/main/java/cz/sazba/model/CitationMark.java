package cz.sazba.model;

import java.util.Optional;

/**
 * One cited reference inside a {@link Citation}: its number and the anchor of its entry, with the
 * author's locator after the number and prefix before it.
 */
public record CitationMark(int number, String targetId, Optional<String> locator, Optional<String> prefix) {
  public CitationMark(int number, String targetId, Optional<String> locator) {
    this(number, targetId, locator, Optional.empty());
  }

  /** {@code 1}, {@code 1, p. 158} or {@code see 1, p. 158}: what stands between the brackets for this reference. */
  public String label() {
    String numbered = locator.map(l -> number + ", " + l).orElse(Integer.toString(number));
    return prefix.map(p -> p + " " + numbered).orElse(numbered);
  }
}

package cz.sazba.model;

import java.util.Optional;

/**
 * pandoc's options for the text itself, read from the metadata (top-level keys, as pandoc reads
 * them): {@code number-sections}, {@code toc-depth}, whether {@code smart} typography is applied
 * and the {@code link-base} under which relative links become absolute.
 *
 * @param tocDepth the deepest heading level the contents and the navigation list (1–6), if given
 * @param linkBase an absolute URL ending in {@code /}, or empty
 */
public record TextOptions(boolean numberSections, Optional<Integer> tocDepth, boolean smart, Optional<String> linkBase) {
  public TextOptions {
    if (tocDepth.isPresent() && (tocDepth.get() < 1 || tocDepth.get() > Heading.MAX_LEVEL)) {
      throw new IllegalArgumentException("toc-depth " + tocDepth.get());
    }
  }

  /** pandoc's defaults: no numbers, smart typography on, no link base. */
  public static TextOptions defaults() {
    return new TextOptions(false, Optional.empty(), true, Optional.empty());
  }

  /** The deepest level the EPUB's navigation lists: {@code toc-depth}, else pandoc's 3. */
  public int navigationDepth() {
    return tocDepth.orElse(3);
  }

  /** The deepest level the contents page lists: {@code toc-depth}, else 2 (a small book's page). */
  public int contentsDepth() {
    return tocDepth.orElse(2);
  }
}

package cz.sazba.typeset.linebreak;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A paragraph's best breaks and its best breaks with one line fewer and one line more (TeX's
 * {@code \looseness} −1 and +1), for a page breaker that would rather make a paragraph on the
 * page a line shorter or longer than leave a widow, an orphan or a short page. It compares the
 * {@link #shorterCost()} and {@link #longerCost()} of the paragraphs it could change and takes
 * the cheapest.
 *
 * @param optimum what {@link KnuthPlass#breakLines(java.util.List, LineWidths, BreakParams)}
 *     gives
 * @param shorter the least-demerits breaks with exactly one line fewer, none of them overfull;
 *     empty when the paragraph cannot be set so
 * @param longer likewise with exactly one line more
 */
public record ParagraphVariants(LineBreaks optimum, Optional<LineBreaks> shorter, Optional<LineBreaks> longer) {
  public ParagraphVariants {
    if (optimum == null || shorter == null || longer == null) {
      throw new IllegalArgumentException("optimum, shorter and longer are required");
    }
  }

  /** How many demerits one line fewer adds to the optimum; empty when impossible. */
  public OptionalLong shorterCost() {
    return cost(shorter);
  }

  /** How many demerits one line more adds to the optimum; empty when impossible. */
  public OptionalLong longerCost() {
    return cost(longer);
  }

  /**
   * Usually positive. It can be negative when the optimum came from the first pass (no
   * hyphenation, which TeX prefers even at more demerits) and the variant needed a later one.
   */
  private OptionalLong cost(Optional<LineBreaks> variant) {
    return variant.map(v -> OptionalLong.of(v.demerits() - optimum.demerits())).orElse(OptionalLong.empty());
  }
}

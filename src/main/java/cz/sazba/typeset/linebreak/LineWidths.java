package cz.sazba.typeset.linebreak;

import java.util.List;

/** The measure of each line of a paragraph, so shaped paragraphs (hanging indents) can break too. */
public interface LineWidths {
  /** The width in sp of the line with this 0-based index. */
  long width(int lineIndex);

  /**
   * The index from which every line is as wide as this one. The breaker only tells lines apart
   * by number before it, which keeps the search small; the default is safe for any shape.
   */
  default int uniformFrom() {
    return Integer.MAX_VALUE;
  }

  static LineWidths uniform(long width) {
    return new Shaped(List.of(), width);
  }

  /** The first lines get the given widths, all later lines {@code rest}. */
  static LineWidths of(List<Long> firstLines, long rest) {
    return new Shaped(List.copyOf(firstLines), rest);
  }

  /** A few special lines at the top, then one width for the rest. */
  record Shaped(List<Long> firstLines, long rest) implements LineWidths {
    public Shaped {
      firstLines = List.copyOf(firstLines);
    }

    @Override
    public long width(int lineIndex) {
      return lineIndex < firstLines.size() ? firstLines.get(lineIndex) : rest;
    }

    @Override
    public int uniformFrom() {
      return firstLines.size();
    }
  }
}

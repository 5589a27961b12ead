package cz.sazba.typeset.linebreak;

import java.util.ArrayList;
import java.util.List;

/**
 * The chosen lines of a paragraph, the pass that found them and their total demerits (what the
 * breaker minimised; lower is better, comparable between solutions of one paragraph, such as its
 * optimum and its {@link KnuthPlass#breakLines(List, LineWidths, BreakParams, int) looser or
 * tighter} settings).
 */
public record LineBreaks(List<Line> lines, Pass pass, long demerits) {
  public LineBreaks {
    lines = List.copyOf(lines);
    if (pass == null) {
      throw new IllegalArgumentException("pass is required");
    }
  }

  /** Lines whose demerits nobody asks for (tests, hand-made breaks). */
  public LineBreaks(List<Line> lines, Pass pass) {
    this(lines, pass, 0);
  }

  /** 0-based indices of the lines that stick out of the measure, in order; usually empty. */
  public List<Integer> overfullLines() {
    List<Integer> result = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).overfull()) {
        result.add(i);
      }
    }
    return List.copyOf(result);
  }
}

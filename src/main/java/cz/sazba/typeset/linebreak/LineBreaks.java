package cz.sazba.typeset.linebreak;

import java.util.ArrayList;
import java.util.List;

/** The chosen lines of a paragraph and the pass that found them. */
public record LineBreaks(List<Line> lines, Pass pass) {
  public LineBreaks {
    lines = List.copyOf(lines);
    if (pass == null) {
      throw new IllegalArgumentException("pass is required");
    }
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

package cz.sazba.model;

import java.util.List;

/** One line of the contents: the heading's level, anchor and text. */
public record ContentsEntry(int level, String targetId, List<Inline> title) {
  public ContentsEntry {
    title = List.copyOf(title);
  }
}

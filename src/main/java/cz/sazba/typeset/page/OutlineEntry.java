package cz.sazba.typeset.page;

import java.util.List;

/** A bookmark: a heading's plain text, the anchor it opens, and the headings below it. */
public record OutlineEntry(String title, String anchorId, List<OutlineEntry> children) {
  public OutlineEntry {
    children = List.copyOf(children);
  }
}

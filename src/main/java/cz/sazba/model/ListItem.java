package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/** One item of a list: blocks, usually a single paragraph. */
public record ListItem(List<Block> blocks, Span span) {
  public ListItem {
    blocks = List.copyOf(blocks);
  }
}

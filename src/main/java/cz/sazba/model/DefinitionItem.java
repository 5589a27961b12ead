package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.ArrayList;
import java.util.List;

/** One term of a {@link DefinitionList} and its definitions, each a list of blocks. */
public record DefinitionItem(List<Inline> term, List<List<Block>> definitions, Span span) {
  public DefinitionItem {
    term = List.copyOf(term);
    List<List<Block>> copy = new ArrayList<>();
    for (List<Block> d : definitions) copy.add(List.copyOf(d));
    definitions = List.copyOf(copy);
  }
}

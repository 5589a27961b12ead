package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/** A row of a {@link Table}: its cells, left to right. */
public record TableRow(List<TableCell> cells, Span span) {
  public TableRow {
    cells = List.copyOf(cells);
  }
}

package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/**
 * A cell of a {@link TableRow}: blocks (a pipe table's cell is one paragraph; a grid table's may
 * hold lists, several paragraphs, code).
 *
 * @param rowSpan rows the cell covers, 1 for most
 * @param colSpan columns the cell covers, 1 for most
 */
public record TableCell(List<Block> blocks, int rowSpan, int colSpan, Span span) {
  public TableCell {
    blocks = List.copyOf(blocks);
    if (rowSpan < 1 || colSpan < 1) throw new IllegalArgumentException("cell span " + rowSpan + "x" + colSpan);
  }
}

package cz.sazba.model;

import cz.sazba.source.Span;
import java.util.List;

/**
 * A table: pandoc's pipe or grid table, with an optional caption ({@code Table: …}).
 *
 * @param id the anchor cross-references point at ({@code tbl:prices}), or empty
 * @param columns one entry per column: its alignment and relative width
 * @param head the header rows, repeated on every page the table continues on (may be empty)
 * @param body the body rows
 * @param number the table's number in the book, given by the transform that numbers captions;
 *     0 until then (a table without a caption is not numbered)
 */
public record Table(String id, List<Inline> caption, List<TableColumn> columns, List<TableRow> head,
    List<TableRow> body, int number, Span span) implements Block {
  public Table {
    caption = List.copyOf(caption);
    columns = List.copyOf(columns);
    head = List.copyOf(head);
    body = List.copyOf(body);
    if (columns.isEmpty()) throw new IllegalArgumentException("table without columns");
    if (number < 0) throw new IllegalArgumentException("table number " + number);
  }

  public Table withNumber(int newNumber) {
    return new Table(id, caption, columns, head, body, newNumber, span);
  }

  /** Every row, header rows first. */
  public List<TableRow> rows() {
    List<TableRow> all = new java.util.ArrayList<>(head);
    all.addAll(body);
    return all;
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitTable(this);
  }
}

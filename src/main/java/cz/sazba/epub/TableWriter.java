package cz.sazba.epub;

import cz.sazba.model.Block;
import cz.sazba.model.Inline;
import cz.sazba.model.Lang;
import cz.sazba.model.Paragraph;
import cz.sazba.model.Table;
import cz.sazba.model.TableCell;
import cz.sazba.model.TableColumn;
import cz.sazba.model.TableRow;
import java.util.List;
import java.util.Locale;

/**
 * A table as XHTML: {@code <table>} with its {@code <caption>} (numbered by the transforms,
 * "Table 2: …" in the book's language), a {@code <colgroup>} with the relative widths when
 * the table has them, {@code <thead>} of {@code <th scope="col">} and {@code <tbody>}. Alignment is
 * a class on each cell ({@code align-right}, styled in {@link StyleSheet}). A cell of one
 * paragraph holds its text directly, as pandoc's {@code Plain}; other cells hold their blocks.
 */
final class TableWriter {
  /** How the content document writes what a cell holds; {@code path} is the cell's place. */
  interface Content {
    void blocks(List<Block> blocks, List<Integer> path);

    void inlines(List<Inline> inlines, List<Integer> path);
  }

  private TableWriter() {}

  static void write(StringBuilder out, Table t, Lang bookLang, List<Integer> path, Content content) {
    out.append("<table");
    if (!t.id().isEmpty()) out.append(" id=\"").append(Xml.attr(t.id())).append('"');
    out.append(">\n");
    if (!t.caption().isEmpty()) {
      // As the transforms give it: a numbered caption opens with its label ("Table 2: ").
      out.append("<caption>");
      content.inlines(t.caption(), List.of());
      out.append("</caption>\n");
    }
    boolean widths = t.columns().stream().anyMatch(c -> c.relativeWidth() > 0);
    if (widths) {
      double total = t.columns().stream().mapToDouble(TableColumn::relativeWidth).sum();
      out.append("<colgroup>");
      for (TableColumn c : t.columns()) {
        double share = total > 1 ? c.relativeWidth() / total : c.relativeWidth();
        out.append("<col style=\"width: ").append(String.format(Locale.ROOT, "%.1f", share * 100)).append("%\"/>");
      }
      out.append("</colgroup>\n");
    }
    int r = 0;
    if (!t.head().isEmpty()) {
      out.append("<thead>\n");
      for (TableRow row : t.head()) row(out, t, row, true, append(path, r++), content);
      out.append("</thead>\n");
    }
    out.append("<tbody>\n");
    for (TableRow row : t.body()) row(out, t, row, false, append(path, r++), content);
    out.append("</tbody>\n</table>\n");
  }

  private static void row(StringBuilder out, Table t, TableRow row, boolean head, List<Integer> path, Content content) {
    out.append("<tr>");
    int column = 0;
    for (int c = 0; c < row.cells().size(); c++) {
      TableCell cell = row.cells().get(c);
      String tag = head ? "th" : "td";
      out.append('<').append(tag);
      if (head) out.append(" scope=\"col\"");
      TableColumn.Alignment a = column < t.columns().size() ? t.columns().get(column).alignment() : TableColumn.Alignment.DEFAULT;
      if (a != TableColumn.Alignment.DEFAULT) out.append(" class=\"align-").append(a.name().toLowerCase(Locale.ROOT)).append('"');
      if (cell.colSpan() > 1) out.append(" colspan=\"").append(cell.colSpan()).append('"');
      if (cell.rowSpan() > 1) out.append(" rowspan=\"").append(cell.rowSpan()).append('"');
      out.append('>');
      List<Integer> cellPath = append(path, c);
      if (cell.blocks().size() == 1 && cell.blocks().get(0) instanceof Paragraph p) {
        content.inlines(p.content(), append(cellPath, 0));
      } else {
        out.append('\n');
        content.blocks(cell.blocks(), cellPath);
      }
      out.append("</").append(tag).append('>');
      column += cell.colSpan();
    }
    out.append("</tr>\n");
  }

  private static List<Integer> append(List<Integer> path, int index) {
    List<Integer> p = new java.util.ArrayList<>(path);
    p.add(index);
    return p;
  }
}

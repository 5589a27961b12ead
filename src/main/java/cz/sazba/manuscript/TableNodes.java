package cz.sazba.manuscript;

import cz.sazba.model.TableColumn;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.SourceLines;

/**
 * The commonmark nodes {@link TableBlockParser} makes: a table whose children are rows, whose
 * children are cells. A pipe table's cell holds inline content, a grid table's cell blocks. They
 * live only between parsing and {@link TableReader}.
 */
final class TableNodes {
  private TableNodes() {}

  enum Kind {
    PIPE, GRID,
    /** pandoc's simple or multiline table: recognised so it can be refused, never read as text. */
    UNSUPPORTED
  }

  /** A problem found while parsing, reported by {@link TableReader} at its place. */
  record Problem(String code, SourceSpan at, String message, String hint) {}

  static final class TableBlock extends CustomBlock {
    final Kind kind;
    final List<TableColumn> columns = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    /** Not a table after all (a dashed line with no row below it): a paragraph, its inlines the children. */
    boolean paragraph;
    /** Not a table after all (a dashed line alone): a thematic break. */
    boolean rule;

    TableBlock(Kind kind) {
      this.kind = kind;
    }
  }

  static final class RowNode extends CustomBlock {
    final boolean head;

    RowNode(boolean head) {
      this.head = head;
    }
  }

  /**
   * A cell. {@code content} is its text, one line per source line, with the source positions of
   * the file; the children are parsed from it (inlines for a pipe table, blocks for a grid table).
   */
  static final class CellNode extends CustomBlock {
    final SourceLines content;

    CellNode(SourceLines content) {
      this.content = content;
    }
  }
}

package cz.sazba.manuscript;

import cz.sazba.model.TableColumn;
import cz.sazba.model.TableColumn.Alignment;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * pandoc's tables, as pandoc 2.17 reads them.
 *
 * <ul>
 *   <li>Pipe tables: a header line, a separator line of {@code -} cells with optional colons for
 *       the alignment ({@code |:--|--:|}), body lines; a line without {@code |} ends the table.
 *       Cells hold inline content. Relative widths from the separator's cells when a line of the
 *       table is longer than {@value #COLUMNS} characters, as pandoc does.
 *   <li>Grid tables: {@code +---+---+} borders, {@code |} between cells, an optional {@code
 *       +===+} line under the header; cells hold blocks. Widths from the dashes of the top line.
 *   <li>Simple and multiline tables (a header over {@code ---- ----}): recognised and refused by
 *       {@link TableReader}, so they are never printed as text.
 * </ul>
 *
 * Everything is worked out when the block closes; what does not line up is recorded as a {@link
 * TableNodes.Problem} at its line and column.
 */
final class TableBlockParser extends AbstractBlockParser {
  /** pandoc's {@code --columns} default: the line length beyond which pipe tables get widths. */
  static final int COLUMNS = 72;

  private final TableNodes.TableBlock block;
  /** The pipe table's header line, from the paragraph the separator line turned into a table. */
  private final SourceLine header;
  private final List<SourceLine> lines = new ArrayList<>();
  private final List<TableNodes.CellNode> cells = new ArrayList<>();
  /** The paragraph lines a simple table's dashed line took over, for when no row follows. */
  private final List<SourceLine> before = new ArrayList<>();

  private TableBlockParser(TableNodes.Kind kind, SourceLine header) {
    this.block = new TableNodes.TableBlock(kind);
    this.header = header;
  }

  @Override public Block getBlock() { return block; }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (state.isBlank()) return BlockContinue.none();
    CharSequence s = state.getLine().getContent();
    int i = state.getNextNonSpaceIndex();
    switch (block.kind) {
      case PIPE:
        if (isCaptionStart(s, i) || unescapedPipe(s, i) < 0) return BlockContinue.none();
        break;
      case GRID:
        if (s.charAt(i) != '+' && s.charAt(i) != '|') return BlockContinue.none();
        break;
      default:
        break;
    }
    return BlockContinue.atIndex(state.getIndex());
  }

  @Override
  public void addLine(SourceLine line) {
    lines.add(line);
  }

  @Override
  public void closeBlock() {
    switch (block.kind) {
      case PIPE -> pipeTable();
      case GRID -> gridTable();
      default -> { }
    }
  }

  @Override
  public void parseInlines(InlineParser inlineParser) {
    if (block.kind == TableNodes.Kind.UNSUPPORTED && lines.size() < 2 && before.isEmpty()) {
      block.rule = true; // a dashed line alone, between blank lines: a thematic break, as in pandoc
      return;
    }
    if (block.kind == TableNodes.Kind.UNSUPPORTED && lines.size() < 2) {
      // A dashed line under a paragraph with no row below it is no table (pandoc): the paragraph's text.
      List<SourceLine> all = new ArrayList<>(before);
      all.addAll(lines);
      block.paragraph = true;
      inlineParser.parse(SourceLines.of(all), block);
      return;
    }
    if (block.kind == TableNodes.Kind.PIPE) {
      for (TableNodes.CellNode c : cells) {
        if (!c.content.isEmpty()) inlineParser.parse(c.content, c);
      }
    } else if (block.kind == TableNodes.Kind.GRID) {
      Parser parser = null;
      for (TableNodes.CellNode c : cells) {
        if (c.content.getContent().isBlank()) continue;
        if (parser == null) parser = MarkdownParser.create();
        Node doc = MarkdownParser.parse(parser, c.content.getContent());
        List<Node> children = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) children.add(n);
        for (Node n : children) {
          remap(n, c.content.getLines());
          c.appendChild(n);
        }
      }
    }
  }

  /** Source spans of a cell's own parse (lines of the cell's text) back to the file's lines. */
  private static void remap(Node root, List<SourceLine> cellLines) {
    java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      List<SourceSpan> mapped = new ArrayList<>();
      for (SourceSpan s : n.getSourceSpans()) {
        if (s.getLineIndex() >= cellLines.size()) continue;
        SourceSpan base = cellLines.get(s.getLineIndex()).getSourceSpan();
        if (base == null) continue;
        mapped.add(SourceSpan.of(base.getLineIndex(), base.getColumnIndex() + s.getColumnIndex(),
            base.getInputIndex() + s.getColumnIndex(), s.getLength()));
      }
      n.setSourceSpans(mapped);
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) stack.push(c);
    }
  }

  // Pipe tables

  private void pipeTable() {
    List<Range> separator = splitRow(lines.get(0).getContent());
    int columns = separator.size();
    CharSequence sep = lines.get(0).getContent();
    int longest = 0;
    for (SourceLine l : allLines()) longest = Math.max(longest, l.getContent().toString().strip().length());
    int total = 0;
    for (Range r : separator) total += r.end - r.start;
    for (Range r : separator) {
      double width = longest > COLUMNS ? (double) (r.end - r.start) / total : 0;
      block.columns.add(new TableColumn(alignment(sep, r.start, r.end), width));
    }
    pipeRow(header, true, columns);
    for (int k = 1; k < lines.size(); k++) pipeRow(lines.get(k), false, columns);
  }

  private List<SourceLine> allLines() {
    List<SourceLine> all = new ArrayList<>();
    all.add(header);
    all.addAll(lines);
    return all;
  }

  private void pipeRow(SourceLine line, boolean head, int columns) {
    TableNodes.RowNode row = new TableNodes.RowNode(head);
    if (line.getSourceSpan() != null) row.setSourceSpans(List.of(trimmedSpan(line)));
    List<Range> ranges = splitRow(line.getContent());
    for (int k = 0; k < columns; k++) {
      TableNodes.CellNode cell;
      if (k < ranges.size()) {
        Range r = ranges.get(k);
        SourceLine content = line.substring(r.start, r.end);
        cell = new TableNodes.CellNode(r.start == r.end ? SourceLines.empty() : SourceLines.of(content));
        if (content.getSourceSpan() != null) cell.setSourceSpans(List.of(content.getSourceSpan()));
      } else {
        cell = new TableNodes.CellNode(SourceLines.empty());
        cell.setSourceSpans(row.getSourceSpans());
      }
      cells.add(cell);
      row.appendChild(cell);
    }
    if (ranges.size() > columns && line.getSourceSpan() != null) {
      Range extra = ranges.get(columns);
      block.problems.add(new TableNodes.Problem("table-row-too-long", line.substring(extra.start, extra.end).getSourceSpan(),
          "this row has " + ranges.size() + " cells, but the separator line under the header gives the table "
              + columns + (columns == 1 ? " column" : " columns"),
          "remove the extra cells or add columns to the separator line (|---|)"));
    }
    block.appendChild(row);
  }

  private static SourceSpan trimmedSpan(SourceLine line) {
    CharSequence s = line.getContent();
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.charAt(a))) a++;
    while (b > a && isSpace(s.charAt(b - 1))) b--;
    SourceSpan span = line.substring(a, b).getSourceSpan();
    return span != null ? span : line.getSourceSpan();
  }

  /** A cell's content, trimmed: {@code [start, end)} of the line. */
  record Range(int start, int end) {}

  /**
   * The cells of a pipe table line: split at every {@code |} not escaped by a backslash (pandoc
   * splits inside code spans too), without the optional outer pipes, each cell trimmed.
   */
  static List<Range> splitRow(CharSequence s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.charAt(a))) a++;
    while (b > a && isSpace(s.charAt(b - 1))) b--;
    if (a < b && s.charAt(a) == '|') a++;
    if (b > a && s.charAt(b - 1) == '|' && !(b - 2 >= a && s.charAt(b - 2) == '\\')) b--;
    List<Range> out = new ArrayList<>();
    int start = a;
    for (int i = a; i <= b; i++) {
      if (i == b || (s.charAt(i) == '|' && !(i > 0 && s.charAt(i - 1) == '\\'))) {
        int cs = start;
        int ce = i;
        while (cs < ce && isSpace(s.charAt(cs))) cs++;
        while (ce > cs && isSpace(s.charAt(ce - 1))) ce--;
        out.add(new Range(cs, ce));
        start = i + 1;
      }
    }
    return out;
  }

  /** A separator line: cells of {@code :?-+:?} and at least one {@code |}. */
  static boolean isPipeSeparator(CharSequence s) {
    if (unescapedPipe(s, 0) < 0) return false;
    List<Range> cells = splitRow(s);
    if (cells.isEmpty()) return false;
    for (Range r : cells) {
      int a = r.start;
      int b = r.end;
      if (a < b && s.charAt(a) == ':') a++;
      if (b > a && s.charAt(b - 1) == ':') b--;
      if (a >= b) return false;
      for (int i = a; i < b; i++) if (s.charAt(i) != '-') return false;
    }
    return true;
  }

  static int unescapedPipe(CharSequence s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == '|' && !(i > 0 && s.charAt(i - 1) == '\\')) return i;
    }
    return -1;
  }

  /** {@code Table:}, {@code table:} or {@code :} opening a caption paragraph. */
  static boolean isCaptionStart(CharSequence s, int i) {
    String rest = s.subSequence(i, s.length()).toString();
    return rest.startsWith("Table:") || rest.startsWith("table:") || rest.startsWith(": ") || rest.equals(":");
  }

  private static Alignment alignment(CharSequence s, int start, int end) {
    boolean left = start < end && s.charAt(start) == ':';
    boolean right = end > start && s.charAt(end - 1) == ':';
    if (left && right) return Alignment.CENTER;
    if (left) return Alignment.LEFT;
    if (right) return Alignment.RIGHT;
    return Alignment.DEFAULT;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  // Grid tables

  private void gridTable() {
    CharSequence top = lines.get(0).getContent();
    int topEnd = rightTrimmed(top);
    List<Integer> bounds = new ArrayList<>();
    for (int i = 0; i < topEnd; i++) if (top.charAt(i) == '+') bounds.add(i);
    int columns = bounds.size() - 1;
    // Header: the rows above a +===+ line.
    int headSeparator = -1;
    for (int k = 1; k < lines.size(); k++) {
      CharSequence s = lines.get(k).getContent();
      int first = firstNonSpace(s);
      if (first < s.length() && s.charAt(first) == '+' && s.toString().indexOf('=') >= 0) {
        if (headSeparator < 0) {
          headSeparator = k;
        } else {
          problem(lines.get(k), first, "table-malformed", "a grid table has one line of = under its header, this is a second",
              "use - for the lines between body rows");
        }
      }
    }
    CharSequence alignLine = headSeparator > 0 ? lines.get(headSeparator).getContent() : top;
    int total = 0;
    for (int c = 0; c < columns; c++) total += bounds.get(c + 1) - bounds.get(c);
    int divisor = Math.max(COLUMNS, total);
    for (int c = 0; c < columns; c++) {
      int a = bounds.get(c) + 1;
      int b = bounds.get(c + 1);
      Alignment al = b <= alignLine.length() ? alignment(alignLine, a, b) : Alignment.DEFAULT;
      block.columns.add(new TableColumn(al, Math.min(1.0, (double) (b - a + 1) / divisor)));
    }
    List<SourceLine> rowLines = new ArrayList<>();
    boolean ended = false;
    boolean broken = false;
    for (int k = 1; k < lines.size(); k++) {
      SourceLine line = lines.get(k);
      CharSequence s = line.getContent();
      int first = firstNonSpace(s);
      boolean border = s.charAt(first) == '+';
      if (!checkBounds(line, bounds, border)) {
        rowLines.clear();
        broken = true;
        continue;
      }
      if (border) {
        if (broken) {
          broken = false;
        } else if (rowLines.isEmpty()) {
          problem(line, first, "table-malformed", "this border line of the grid table has no row above it",
              "remove the doubled border line");
        } else {
          gridRow(rowLines, bounds, headSeparator > 0 && k <= headSeparator);
          rowLines.clear();
        }
        ended = k == lines.size() - 1;
      } else {
        rowLines.add(line);
      }
    }
    if (!ended && lines.size() > 1) {
      SourceLine last = lines.get(lines.size() - 1);
      problem(last, firstNonSpace(last.getContent()), "table-malformed", "the grid table does not end with a border line",
          "close the table with a line like its top line, +----+----+");
    } else if (lines.size() == 1) {
      problem(lines.get(0), firstNonSpace(top), "table-malformed", "a grid table's top line is not followed by rows",
          "add rows (| cell | cell |) and a closing border line, or remove the line");
    }
  }

  /** Whether the line has its {@code +} or {@code |} at every column boundary of the top line. */
  private boolean checkBounds(SourceLine line, List<Integer> bounds, boolean border) {
    CharSequence s = line.getContent();
    int end = rightTrimmed(s);
    for (int b : bounds) {
      char c = b < end ? s.charAt(b) : 0;
      boolean ok = border ? c == '+' : c == '|';
      if (!ok) {
        problem(line, Math.min(b, Math.max(0, end - 1)), "table-malformed",
            "this line of the grid table does not line up with its top line: "
                + (border ? "a + was expected here" : "a | was expected here"),
            "every line of a grid table has its + or | in the same columns as the top line (+---+---+); "
                + "cells that span columns or rows are not supported");
        return false;
      }
    }
    if (end > bounds.get(bounds.size() - 1) + 1) {
      problem(line, bounds.get(bounds.size() - 1) + 1, "table-malformed",
          "this line of the grid table goes on past the table's right border", "end every line at the right border");
      return false;
    }
    if (border) {
      for (int i = bounds.get(0); i < end; i++) {
        char c = s.charAt(i);
        if (c != '+' && c != '-' && c != '=' && c != ':') {
          problem(line, i, "table-malformed", "a border line of a grid table holds only + - = and :",
              "start rows with |, borders with +");
          return false;
        }
      }
    }
    return true;
  }

  private void gridRow(List<SourceLine> rowLines, List<Integer> bounds, boolean head) {
    TableNodes.RowNode row = new TableNodes.RowNode(head);
    List<SourceSpan> rowSpans = new ArrayList<>();
    for (SourceLine l : rowLines) if (l.getSourceSpan() != null) rowSpans.add(l.getSourceSpan());
    row.setSourceSpans(rowSpans);
    for (int c = 0; c + 1 < bounds.size(); c++) {
      List<SourceLine> content = new ArrayList<>();
      List<SourceSpan> spans = new ArrayList<>();
      for (SourceLine l : rowLines) {
        int a = bounds.get(c) + 1;
        int b = bounds.get(c + 1);
        SourceLine part = l.substring(a, b);
        CharSequence t = part.getContent();
        int e = t.length();
        while (e > 0 && isSpace(t.charAt(e - 1))) e--;
        part = part.substring(0, e);
        content.add(part);
        if (part.getSourceSpan() != null && e > 0) spans.add(part.getSourceSpan());
      }
      TableNodes.CellNode cell = new TableNodes.CellNode(SourceLines.of(content));
      cell.setSourceSpans(spans.isEmpty() ? rowSpans : spans);
      cells.add(cell);
      row.appendChild(cell);
    }
    block.appendChild(row);
  }

  private void problem(SourceLine line, int column, String code, String message, String hint) {
    int at = Math.max(0, Math.min(column, line.getContent().length() - 1));
    SourceSpan span = line.getContent().length() == 0 ? line.getSourceSpan() : line.substring(at, at + 1).getSourceSpan();
    block.problems.add(new TableNodes.Problem(code, span, message, hint));
  }

  private static int rightTrimmed(CharSequence s) {
    int e = s.length();
    while (e > 0 && isSpace(s.charAt(e - 1))) e--;
    return e;
  }

  private static int firstNonSpace(CharSequence s) {
    int i = 0;
    while (i < s.length() && isSpace(s.charAt(i))) i++;
    return Math.min(i, Math.max(0, s.length() - 1));
  }

  /** A grid table's top line: {@code +}, then cells of {@code -} (and {@code :}) each closed by {@code +}. */
  static boolean isGridTop(CharSequence s, int i) {
    int end = rightTrimmed(s);
    if (i >= end || s.charAt(i) != '+' || s.charAt(end - 1) != '+' || end - i < 3) return false;
    boolean inCell = false;
    for (int k = i + 1; k < end; k++) {
      char c = s.charAt(k);
      if (c == '+') {
        if (!inCell) return false;
        inCell = false;
      } else if (c == '-' || c == ':') {
        inCell = true;
      } else {
        return false;
      }
    }
    return true;
  }

  /**
   * A simple or multiline table's dashed line: at least two runs of two or more dashes separated
   * by spaces ({@code ------- ------}). One run alone is a rule or a heading's underline.
   */
  static boolean isDashedColumns(CharSequence s, int i) {
    int end = rightTrimmed(s);
    int runs = 0;
    int k = i;
    while (k < end) {
      int start = k;
      while (k < end && s.charAt(k) == '-') k++;
      if (k - start < 2) return false;
      runs++;
      int spaces = k;
      while (k < end && s.charAt(k) == ' ') k++;
      if (k < end && k == spaces) return false;
    }
    return runs >= 2;
  }

  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= 4) return BlockStart.none();
      SourceLine line = state.getLine();
      CharSequence s = line.getContent();
      int i = state.getNextNonSpaceIndex();
      char c = s.charAt(i);
      List<SourceLine> paragraph = matched.getParagraphLines().getLines();
      if (c == '+' && paragraph.isEmpty() && isGridTop(s, i)) {
        return BlockStart.of(new TableBlockParser(TableNodes.Kind.GRID, null)).atIndex(state.getIndex());
      }
      if (c == '-' && paragraph.isEmpty() && isDashedColumns(s, i)) {
        // A headerless simple or multiline table opens with its dashed line (one run alone is a rule).
        return BlockStart.of(new TableBlockParser(TableNodes.Kind.UNSUPPORTED, null)).atIndex(state.getIndex());
      }
      if ((c == '|' || c == '-' || c == ':') && !paragraph.isEmpty()) {
        SourceLine rest = line.substring(state.getIndex(), s.length());
        SourceLine head = paragraph.get(paragraph.size() - 1);
        // pandoc's header line has a bar of its own: "Text" over |---| is a paragraph.
        if (isPipeSeparator(rest.getContent()) && unescapedPipe(head.getContent(), 0) >= 0) {
          TableBlockParser p = new TableBlockParser(TableNodes.Kind.PIPE, head);
          if (paragraph.size() > 1) {
            p.block.problems.add(new TableNodes.Problem("table-blank-line-missing", trimmedSpan(paragraph.get(0)),
                "this paragraph runs into a pipe table: the table's header line follows it without a blank line",
                "put a blank line before the table's header line; pandoc would print the table as text here"));
          }
          return BlockStart.of(p).atIndex(state.getIndex()).replaceActiveBlockParser();
        }
        if (c == '-' && isDashedColumns(s, i)) {
          TableBlockParser p = new TableBlockParser(TableNodes.Kind.UNSUPPORTED, paragraph.get(0));
          p.before.addAll(paragraph);
          return BlockStart.of(p).atIndex(state.getIndex()).replaceActiveBlockParser();
        }
      }
      return BlockStart.none();
    }
  }
}

package cz.sazba.typeset;

import cz.sazba.font.FontFace;
import cz.sazba.font.FontStyle;
import cz.sazba.model.Block;
import cz.sazba.model.CodeBlock;
import cz.sazba.model.Inline;
import cz.sazba.model.Inlines;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.model.Locator;
import cz.sazba.model.ModelWalk;
import cz.sazba.model.Paragraph;
import cz.sazba.model.Table;
import cz.sazba.model.TableCell;
import cz.sazba.model.TableColumn;
import cz.sazba.model.TableRow;
import cz.sazba.typeset.LineSetter.Placement;
import cz.sazba.typeset.ParagraphBuilder.Alignment;
import cz.sazba.typeset.page.Artifact;
import cz.sazba.typeset.page.Frame;
import cz.sazba.typeset.page.FrameKind;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.LinkArea;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Rule;
import cz.sazba.typeset.page.Sp;
import cz.sazba.typeset.page.StructRole;
import cz.sazba.typeset.page.Tag;
import cz.sazba.typeset.vertical.Box;
import cz.sazba.typeset.vertical.Content;
import cz.sazba.typeset.vertical.Glue;
import cz.sazba.typeset.vertical.Insert;
import cz.sazba.typeset.vertical.Line;
import cz.sazba.typeset.vertical.Penalty;
import cz.sazba.typeset.vertical.Repeat;
import cz.sazba.typeset.vertical.VItem;
import cz.sazba.typeset.vertical.VerticalList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table, booktabs style: its caption above (numbered by the transforms: "Table 2: …"), a rule, the header
 * rows, a light rule, the body rows, a rule. Each row is one box, never split across pages; a page
 * may end between two body rows (not between the header and the first body row), and every page
 * the table continues on opens with a copy of the rules and header rows, tagged as an artifact.
 *
 * <p>Columns take their relative widths from the manuscript when it gives them, else their
 * content's: every column its widest line when all fit, else its widest word plus a share of the
 * rest in proportion to how much more it would take. A table whose columns do not fit the measure
 * is set in smaller type, half a point at a time, down to the design's floor; narrower still it
 * is an error ({@code table-too-wide}), never an overfull line. Cell text is set ragged in the
 * column's alignment by the same line breaker, with the same hyphenation, as paragraphs.
 *
 * <p>Locators: row {@code r} (header rows first) is child {@code r} of the table, cell {@code c}
 * its child {@code c}, whose blocks are its children.
 */
final class TableLayouter {
  private TableLayouter() {}

  static void layOut(Table t, Where where, LayoutContext ctx) {
    PageDesign.Tables style = ctx.design.tables();
    long size = style.text().size();
    long[] widths;
    while (true) {
      widths = columnWidths(t, where.width(), size, ctx);
      if (widths != null || size <= style.minimumSize()) break;
      size = Math.max(style.minimumSize(), size - style.shrinkStep());
    }
    if (widths == null) {
      long need = minimumWidth(t, size, ctx);
      ctx.diagnostics.error("table-too-wide", t.span(),
          "this table is too wide for the text block even in " + pt(size) + " pt type: its columns need "
              + pt(need) + " pt, the measure is " + pt(where.width()) + " pt",
          "shorten the longest words or code lines in its cells, split it into two tables, or give it fewer columns");
      return;
    }
    new TableLayouter.Builder(t, where, ctx, size, widths).build();
  }

  private static String pt(long sp) {
    return String.format(java.util.Locale.ROOT, "%.1f", Sp.toPoints(sp));
  }

  // Column widths

  /** What a cell's content needs: its widest word (or code line) and its widest line set unbroken. */
  private record Need(long min, long max) {
    Need plus(long indent) {
      return new Need(min + indent, max + indent);
    }

    Need widest(Need o) {
      return new Need(Math.max(min, o.min), Math.max(max, o.max));
    }
  }

  private static long gap(PageDesign.Tables style, long size) {
    return Math.round(style.columnGap() * ((double) size / style.text().size()));
  }

  /** The content width of each column at type {@code size}, or null when they cannot fit {@code measure}. */
  static long[] columnWidths(Table t, long measure, long size, LayoutContext ctx) {
    int n = t.columns().size();
    long gaps = (n - 1) * gap(ctx.design.tables(), size);
    long room = measure - gaps;
    if (room <= 0) return null;
    Need[] needs = needs(t, size, ctx);
    long[] w = new long[n];
    double relative = 0;
    for (TableColumn c : t.columns()) relative += c.relativeWidth();
    if (relative > 0) {
      double scale = Math.max(1, relative);
      for (int i = 0; i < n; i++) {
        w[i] = (long) Math.floor(t.columns().get(i).relativeWidth() / scale * room);
        if (w[i] < needs[i].min) return null;
      }
      return w;
    }
    long sumMin = 0;
    long sumMax = 0;
    for (Need nd : needs) {
      sumMin += nd.min;
      sumMax += nd.max;
    }
    if (sumMax <= room) {
      for (int i = 0; i < n; i++) w[i] = needs[i].max;
      return w;
    }
    if (sumMin > room) return null;
    double share = (double) (room - sumMin) / Math.max(1, sumMax - sumMin);
    for (int i = 0; i < n; i++) w[i] = needs[i].min + (long) Math.floor((needs[i].max - needs[i].min) * share);
    return w;
  }

  private static long minimumWidth(Table t, long size, LayoutContext ctx) {
    long sum = (t.columns().size() - 1) * gap(ctx.design.tables(), size);
    for (Need nd : needs(t, size, ctx)) sum += nd.min;
    return sum;
  }

  private static Need[] needs(Table t, long size, LayoutContext ctx) {
    Need[] needs = new Need[t.columns().size()];
    for (int i = 0; i < needs.length; i++) needs[i] = new Need(0, 0);
    PageDesign cell = ctx.design.forTableCells(size);
    int headRows = t.head().size();
    List<TableRow> rows = t.rows();
    for (int r = 0; r < rows.size(); r++) {
      int column = 0;
      for (TableCell c : rows.get(r).cells()) {
        if (column >= needs.length) break;
        Need nd = blocksNeed(c.blocks(), r < headRows ? FontStyle.BOLD : FontStyle.REGULAR, cell, ctx);
        // A cell spanning columns is not measured against one column.
        if (c.colSpan() == 1) needs[column] = needs[column].widest(nd);
        column += c.colSpan();
      }
    }
    return needs;
  }

  private static Need blocksNeed(List<Block> blocks, FontStyle font, PageDesign cell, LayoutContext ctx) {
    Need need = new Need(0, 0);
    for (Block b : blocks) need = need.widest(blockNeed(b, font, cell, ctx));
    return need;
  }

  private static Need blockNeed(Block b, FontStyle font, PageDesign cell, LayoutContext ctx) {
    long size = cell.body().size();
    if (b instanceof Paragraph p) {
      // A note's mark takes room the plain text does not have: a figure or two, raised.
      int[] marks = {0};
      ModelWalk.forEachInline(List.of(p), i -> {
        if (i instanceof cz.sazba.model.Note) marks[0]++;
      });
      Need need = textNeed(Inlines.plainText(p.content()), ctx.fonts.face(font), size, ctx);
      return new Need(need.min(), need.max() + marks[0] * size);
    }
    if (b instanceof CodeBlock c) {
      FontFace mono = ctx.fonts.mono();
      long column = Sp.scale(mono.advance(mono.glyphId(' ')), cell.code().text().size(), mono.unitsPerEm());
      long longest = 0;
      for (String line : c.text().split("\n", -1)) longest = Math.max(longest, line.codePointCount(0, line.length()));
      // Code wraps at the measure; it needs room for some columns of it, and would like all.
      return new Need(cell.code().minimumColumns() * column, longest * column).plus(cell.code().inset());
    }
    if (b instanceof ListBlock l) {
      Need need = new Need(0, 0);
      for (ListItem item : l.items()) need = need.widest(blocksNeed(item.blocks(), font, cell, ctx));
      return need.plus(cell.blocks().listHang());
    }
    // Quotes, divs, definition lists and the rest: their text, as a paragraph would need it.
    StringBuilder text = new StringBuilder();
    collectText(b, text);
    return textNeed(text.toString(), ctx.fonts.face(font), size, ctx).plus(cell.blocks().quoteInset());
  }

  /**
   * Every word of {@code b} and the blocks inside it, through the model's own walk (so no kind is
   * missed): each run of inline content as plain text (a note's blocks are not part of it: they go
   * to the foot of the page), and a code block's text.
   */
  private static void collectText(Block b, StringBuilder out) {
    for (List<Inline> run : ModelWalk.inlineRuns(b)) out.append(Inlines.plainText(run)).append(' ');
    if (b instanceof CodeBlock c) out.append(c.text()).append(' ');
    for (Block c : ModelWalk.childBlocks(b)) collectText(c, out);
  }

  private static Need textNeed(String text, FontFace face, long size, LayoutContext ctx) {
    long widestWord = 0;
    for (String word : text.split("[ \\t\\n]+")) {
      if (word.isEmpty()) continue;
      widestWord = Math.max(widestWord, TextSetter.width(ctx.text.singleLine(word, face, size, Tag.artifact(Artifact.LAYOUT), true)));
    }
    String whole = text.strip().replaceAll("[ \\t\\n]+", " ");
    long line = whole.isEmpty() ? 0 : TextSetter.width(ctx.text.singleLine(whole, face, size, Tag.artifact(Artifact.LAYOUT), true));
    // A little more than the natural width: kerning and the faces of emphasis may differ.
    PageDesign.Tables style = ctx.design.tables();
    return new Need(widestWord + PageDesign.thousandths(widestWord, style.wordSlack()),
        line + PageDesign.thousandths(line, style.wordSlack()) + PageDesign.thousandths(size, style.lineSlack()));
  }

  // Laying out

  private static final class Builder {
    private final Table t;
    private final Where where;
    private final LayoutContext ctx;
    private final PageDesign.Tables style;
    private final long size;
    private final long leading;
    private final long[] widths;
    private final long gap;
    private final long tableWidth;
    private final long left;
    private final PageDesign cellDesign;

    Builder(Table t, Where where, LayoutContext ctx, long size, long[] widths) {
      this.t = t;
      this.where = where;
      this.ctx = ctx;
      this.style = ctx.design.tables();
      this.size = size;
      this.leading = Math.round(style.text().leading() * ((double) size / style.text().size()));
      this.widths = widths;
      this.gap = gap(style, size);
      long w = (widths.length - 1) * gap;
      for (long c : widths) w += c;
      this.tableWidth = w;
      // A table narrower than the measure stands in its middle.
      this.left = where.left() + Math.max(0, (where.width() - w) / 2);
      this.cellDesign = ctx.design.forTableCells(size);
    }

    void build() {
      int table = ctx.structure.add(where.parent(), StructRole.TABLE);
      boolean first = true;
      if (!t.caption().isEmpty()) {
        caption(table);
        first = false;
      }
      long space = style.space() + leading - size;
      // The top rule: a page may break before the table (not right under a heading, nor after a caption).
      int penalty = first && ctx.mayBreakBefore(!ctx.afterHeading) ? Penalty.ALLOW : Penalty.FORBID;
      ctx.afterHeading = false;
      ctx.list.add(rule(style.outerRule()), first ? space : style.captionSkip(), penalty);
      List<VItem> repeat = new ArrayList<>();
      repeat.add(rule(style.outerRule()));
      int r = 0;
      long headHeight = 2 * style.outerRule();
      if (!t.head().isEmpty()) {
        int head = ctx.structure.add(table, StructRole.TABLE_HEAD);
        for (TableRow row : t.head()) {
          RowBox box = row(row, r, head, true);
          addRow(box.box, box, 0, Penalty.FORBID);
          headHeight += box.box.height();
          for (Insert i : box.inserts) ctx.list.addInsert(i);
          repeat.add(new Penalty(Penalty.FORBID));
          repeat.add(new Glue(0));
          repeat.add(asArtifact(box.box));
          r++;
        }
        ctx.list.add(rule(style.innerRule()), 0, Penalty.FORBID);
        repeat.add(new Penalty(Penalty.FORBID));
        repeat.add(new Glue(0));
        repeat.add(rule(style.innerRule()));
        ctx.list.addItem(new Repeat(repeat));
      }
      int body = ctx.structure.add(table, StructRole.TABLE_BODY);
      for (int k = 0; k < t.body().size(); k++) {
        RowBox box = row(t.body().get(k), r, body, false);
        // The first body row stays with the header; a page may end before any other.
        boolean breakBefore = ctx.mayBreakBefore(k > 0);
        // A row taller than a page (with the repeated header) goes on in slices, page by page.
        List<Box> slices = slices(box.box, ctx.design.page().textHeight() - headHeight - style.innerRule());
        for (int j = 0; j < slices.size(); j++) {
          int before = j > 0 || breakBefore ? Penalty.ALLOW : Penalty.FORBID;
          if (j == 0) addRow(slices.get(j), box, 0, before);
          else ctx.list.add(slices.get(j), 0, before);
        }
        for (Insert i : box.inserts) ctx.list.addInsert(i);
        r++;
      }
      if (!t.head().isEmpty()) ctx.list.addItem(Repeat.end());
      ctx.list.add(rule(style.outerRule()), 0, Penalty.FORBID);
      // The text after the table: its first baseline a line's height below the rule, and some space.
      ctx.list.addItem(new Glue(style.space()));
    }

    private void caption(int table) {
      int node = ctx.structure.add(table, StructRole.TABLE_CAPTION);
      // The caption as the transforms give it: numbered, it opens with its label ("Table 2: ").
      List<Inline> content = t.caption();
      PageDesign.Text text = style.text();
      List<Run> runs = InlineFlattener.flatten(content, FontStyle.REGULAR, ctx.documentLang, node, ctx.structure,
          ctx.notes);
      // Over the table, as wide as it is (but at least half the measure), flush with its left edge.
      long width = Math.min(where.width(), Math.max(tableWidth, PageDesign.thousandths(where.width(), style.captionMinimum())));
      long captionLeft = Math.max(where.left(), Math.min(left, where.left() + where.width() - width));
      List<SetLine> lines = ctx.text.setText(runs, text.size(), width, 0, Alignment.RAGGED, Placement.LEFT,
          ctx.design.body().hyphenate(), t.span());
      long extra = ctx.afterHeading ? ctx.skipAfterHeading : 0;
      ctx.skipAfterHeading = 0;
      for (int i = 0; i < lines.size(); i++) {
        // A page may break before the caption, never inside it or between it and the table.
        boolean breakBefore = i == 0 ? ctx.mayBreakBefore(!ctx.afterHeading) : ctx.mayBreakBefore(false);
        long skip = i == 0 ? ctx.design.body().leading() + extra + style.space() : text.leading();
        // The table's anchor (cross-references and links point here) is its caption's first line.
        List<String> anchors = i == 0 && !t.id().isEmpty() ? List.of(t.id()) : List.of();
        ctx.addLine(lines.get(i), captionLeft, skip, ctx.topSkip(), breakBefore, anchors, text.size(),
            Optional.empty(), where.at().at(lines.get(i).modelOffset()));
      }
      ctx.afterHeading = false;
    }

    private Box rule(long thickness) {
      Rule rule = new Rule(left, -thickness, tableWidth, thickness, Tag.artifact(Artifact.LAYOUT));
      Frame f = new Frame(FrameKind.BOX, left, -thickness, tableWidth, thickness, Optional.empty(),
          List.<PageElement>of(rule), List.of());
      return new Box(f, thickness, 0, where.at());
    }

    /** A row: its box, the notes whose marks it holds, the anchors on its lines (note marks, links' targets). */
    private record RowBox(Box box, List<Insert> inserts, List<String> anchors) {}

    /**
     * Adds a row's box after a possible page break. A box carries no anchors, so the anchors of
     * its cells' lines go on an empty line of no height right above it, kept with it.
     */
    private void addRow(Box box, RowBox row, long skip, int penalty) {
      if (!row.anchors().isEmpty()) {
        ctx.list.add(new Line(List.of(), left, size, 0, row.anchors(), Optional.empty(), box.locator(), false), skip,
            penalty);
        ctx.list.add(box, 0, Penalty.FORBID);
      } else {
        ctx.list.add(box, skip, penalty);
      }
    }

    private RowBox row(TableRow row, int r, int group, boolean head) {
      int tr = ctx.structure.add(group, StructRole.TABLE_ROW);
      Locator rowAt = where.at().child(r);
      List<Frame> cells = new ArrayList<>();
      List<Insert> inserts = new ArrayList<>();
      List<String> anchors = new ArrayList<>();
      long depth = PageDesign.roundedThousandths(size, style.rowDepth());
      long height = 0;
      long x = 0;
      int column = 0;
      Locator first = null;
      for (int c = 0; c < row.cells().size(); c++) {
        TableCell cell = row.cells().get(c);
        int span = Math.min(cell.colSpan(), widths.length - column);
        if (span <= 0) break;
        long w = (span - 1) * gap;
        for (int k = column; k < column + span; k++) w += widths[k];
        int node = ctx.structure.add(tr, head ? StructRole.TABLE_COLUMN_HEADER : StructRole.TABLE_CELL);
        TableColumn.Alignment alignment = t.columns().get(column).alignment();
        Locator cellAt = rowAt.child(c);
        if (first == null && !cell.blocks().isEmpty()) first = cellAt.child(0);
        LayoutContext cellCtx = ctx.forCell(cellDesign);
        for (int j = 0; j < cell.blocks().size(); j++) {
          Block b = cell.blocks().get(j);
          Where in = new Where(node, cellAt.child(j), 0, w);
          if (b instanceof Paragraph p) paragraph(p, head, alignment, in, cellCtx, j > 0 && cellCtx.list.hasContent());
          else BlockLayouters.layOut(b, in, cellCtx);
          cellCtx.afterHeading = false;
        }
        List<PageElement> elements = new ArrayList<>();
        List<Frame> boxes = new ArrayList<>();
        long pos = -1;
        long glue = 0;
        for (VItem item : cellCtx.list.items()) {
          if (item instanceof Glue g) {
            if (pos >= 0) glue += g.height();
          } else if (item instanceof Content content) {
            long ref = pos < 0 ? content.topSkip() : pos + glue;
            glue = 0;
            pos = ref + content.extent();
            long y = -(style.cellPadding() + ref);
            if (content instanceof Line l) {
              elements.addAll(cz.sazba.typeset.vertical.Placement.moved(l.elements(), x + l.left(), y));
              anchors.addAll(l.anchors());
            } else if (content instanceof Box b) {
              boxes.add(cz.sazba.typeset.vertical.Placement.moved(b.frame(), x, y));
            }
          } else if (item instanceof Insert ins) {
            inserts.add(ins);
          }
        }
        long cellHeight = Math.max(pos, 0);
        height = Math.max(height, cellHeight);
        cells.add(new Frame(FrameKind.BOX, left + x, 0, w, 0, Optional.of(cellAt), elements, boxes));
        x += w + gap;
        column += span;
      }
      long h = 2 * style.cellPadding() + Math.max(height, size) + depth;
      List<Frame> placed = new ArrayList<>();
      for (Frame f : cells) placed.add(new Frame(f.kind(), f.left(), -h, f.width(), h, f.locator(), f.elements(), f.children()));
      Frame frame = new Frame(FrameKind.BOX, left, -h, tableWidth, h, Optional.of(rowAt), List.of(),
          moveAll(placed, left));
      return new RowBox(new Box(frame, h, 0, first != null ? first : where.at()), inserts, anchors);
    }

    /**
     * A row box cut into pieces at most {@code limit} high, each cut where no line of any cell
     * is cut through (at the lowest such place that fits); the row itself when it fits.
     */
    private List<Box> slices(Box row, long limit) {
      if (row.height() <= limit || limit <= 0) return List.of(row);
      List<long[]> extents = new ArrayList<>();
      for (Frame cell : row.frame().children()) {
        for (PageElement e : cell.elements()) extents.add(extent(e));
        for (Frame f : cell.children()) extents.add(new long[] {f.bottom(), f.bottom() + f.height()});
      }
      List<Box> out = new ArrayList<>();
      long top = 0;
      long bottom = -row.height();
      while (top - bottom > limit) {
        long floor = top - limit;
        long cut = floor;
        long best = Long.MAX_VALUE;
        for (long[] x : extents) {
          long c = x[0];
          if (c < floor || c >= top || c >= best) continue;
          boolean clean = true;
          for (long[] y : extents) if (y[0] < c && y[1] > c) clean = false;
          if (clean) best = c;
        }
        if (best != Long.MAX_VALUE) cut = best;
        out.add(slice(row, top, cut));
        top = cut;
      }
      out.add(slice(row, top, bottom));
      return out;
    }

    /** [bottom, top] of an element in the row's coordinates. */
    private long[] extent(PageElement e) {
      if (e instanceof GlyphRun g) {
        return new long[] {g.baseline() - PageDesign.roundedThousandths(g.size(), style.rowDepth()),
            g.baseline() + PageDesign.roundedThousandths(g.size(), style.typeHeight())};
      }
      if (e instanceof LinkArea l) return new long[] {l.bottom(), l.top()};
      if (e instanceof Rule r) return new long[] {r.bottom(), r.bottom() + r.height()};
      if (e instanceof cz.sazba.typeset.page.ImageElement i) return new long[] {i.bottom(), i.bottom() + i.height()};
      throw new IllegalArgumentException("unknown page element " + e);
    }

    /** What of the row lies between {@code top} and {@code bottom}, moved up to its own top. */
    private Box slice(Box row, long top, long bottom) {
      List<Frame> cells = new ArrayList<>();
      for (Frame cell : row.frame().children()) {
        List<PageElement> elements = new ArrayList<>();
        for (PageElement e : cell.elements()) {
          long[] x = extent(e);
          long middle = (x[0] + x[1]) / 2;
          if (middle <= top && middle > bottom) elements.add(cz.sazba.typeset.vertical.Placement.moved(e, 0, -top));
        }
        List<Frame> children = new ArrayList<>();
        for (Frame f : cell.children()) {
          long middle = f.bottom() + f.height() / 2;
          if (middle <= top && middle > bottom) children.add(cz.sazba.typeset.vertical.Placement.moved(f, 0, -top));
        }
        cells.add(new Frame(cell.kind(), cell.left(), bottom - top, cell.width(), top - bottom, cell.locator(), elements,
            children));
      }
      Frame f = new Frame(FrameKind.BOX, row.frame().left(), bottom - top, row.frame().width(), top - bottom,
          row.frame().locator(), List.of(), cells);
      return new Box(f, top - bottom, 0, row.locator());
    }

    /** Cell frames hold their elements at x from the table's left; the box is placed at the text block's left. */
    private static List<Frame> moveAll(List<Frame> frames, long left) {
      List<Frame> out = new ArrayList<>();
      for (Frame f : frames) {
        List<PageElement> moved = cz.sazba.typeset.vertical.Placement.moved(f.elements(), left, 0);
        List<Frame> children = new ArrayList<>();
        for (Frame c : f.children()) children.add(cz.sazba.typeset.vertical.Placement.moved(c, left, 0));
        out.add(new Frame(f.kind(), f.left(), f.bottom(), f.width(), f.height(), f.locator(), moved, children));
      }
      return out;
    }

    /** A cell's paragraph: ragged in the column's alignment; a header cell's in bold. */
    private void paragraph(Paragraph p, boolean head, TableColumn.Alignment alignment, Where in, LayoutContext cellCtx,
        boolean after) {
      List<Run> runs = InlineFlattener.flatten(p.content(), head ? FontStyle.BOLD : FontStyle.REGULAR,
          ctx.documentLang, in.parent(), ctx.structure, ctx.notes);
      Placement placement = alignment == TableColumn.Alignment.CENTER ? Placement.CENTERED : Placement.LEFT;
      List<SetLine> lines = cellCtx.text.setText(runs, size, in.width(), 0, Alignment.RAGGED, placement,
          ctx.design.body().hyphenate(), p.span());
      for (int i = 0; i < lines.size(); i++) {
        SetLine line = lines.get(i);
        if (alignment == TableColumn.Alignment.RIGHT) line = TextSetter.shift(line, Math.max(0, in.width() - TextSetter.width(line)));
        long skip = i == 0 ? (after ? PageDesign.thousandths(leading, style.paragraphSkip()) : leading) : leading;
        cellCtx.addLine(line, 0, skip, size, true, List.of(), size, Optional.empty(), in.at().at(line.modelOffset()));
      }
    }
  }

  /** A copy of a row's box whose every element is an artifact: the header repeated on a later page. */
  static Box asArtifact(Box b) {
    return new Box(artifact(b.frame()), b.height(), b.topSkip(), b.locator());
  }

  private static Frame artifact(Frame f) {
    List<PageElement> elements = new ArrayList<>();
    for (PageElement e : f.elements()) {
      if (e instanceof GlyphRun r) {
        elements.add(new GlyphRun(r.face(), r.size(), r.baseline(), r.glyphs(), r.actualText(),
            Tag.artifact(Artifact.PAGINATION)));
      } else if (e instanceof Rule r) {
        elements.add(new Rule(r.left(), r.bottom(), r.width(), r.height(), Tag.artifact(Artifact.PAGINATION)));
      } else if (e instanceof cz.sazba.typeset.page.ImageElement i) {
        elements.add(new cz.sazba.typeset.page.ImageElement(i.left(), i.bottom(), i.width(), i.height(), i.key(), i.data(),
            Tag.artifact(Artifact.PAGINATION)));
      } else if (!(e instanceof LinkArea)) {
        // A repeated link would be a second annotation for the same tagged link: left out.
        throw new IllegalArgumentException("unknown page element " + e);
      }
    }
    List<Frame> children = new ArrayList<>();
    for (Frame c : f.children()) children.add(artifact(c));
    return new Frame(f.kind(), f.left(), f.bottom(), f.width(), f.height(), f.locator(), elements, children);
  }
}

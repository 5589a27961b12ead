package cz.sazba.manuscript;

import cz.sazba.model.Block;
import cz.sazba.model.Inline;
import cz.sazba.model.Paragraph;
import cz.sazba.model.Table;
import cz.sazba.model.TableCell;
import cz.sazba.model.TableRow;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import cz.sazba.source.Span;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * A parsed table ({@link TableNodes}) to a model {@link Table}, with its caption: a paragraph
 * opening with {@code Table:}, {@code table:} or {@code :} just before the table or, when there
 * is none before, just after it (as pandoc looks for it). A caption may end with pandoc-crossref's
 * {@code {#tbl:id}}, the table's identifier.
 */
final class TableReader {
  /** What the chapter converter lends the table: its block and inline conversion. */
  interface Content {
    List<Block> blocks(Node parent, int depth);

    List<Inline> inlines(Node parent);
  }

  private final SourceMap map;
  private final Diagnostics diagnostics;
  private final HeadingIds ids;
  private final Content content;

  TableReader(SourceMap map, Diagnostics diagnostics, HeadingIds ids, Content content) {
    this.map = map;
    this.diagnostics = diagnostics;
    this.ids = ids;
    this.content = content;
  }

  /** Whether this paragraph is the caption of the table right after it (and so no paragraph). */
  static boolean isCaptionBefore(Node n) {
    return n instanceof org.commonmark.node.Paragraph && n.getNext() instanceof TableNodes.TableBlock && isCaption(n);
  }

  /**
   * A definition ({@code : text} after a paragraph and a blank line) that is really the caption
   * of the table after it: pandoc tries the caption first.
   */
  static boolean isCaptionDefinition(PandocNodes.Definition d) {
    return d.termBefore && !d.hasTerm && d.getNext() instanceof TableNodes.TableBlock
        && d.getFirstChild() instanceof org.commonmark.node.Paragraph p && p.getNext() == null;
  }

  private static boolean isCaption(Node paragraph) {
    return paragraph.getFirstChild() instanceof Text t && TableBlockParser.isCaptionStart(t.getLiteral(), 0);
  }

  /** Reads the table into {@code out}; returns the last node consumed (the caption after it, if any). */
  Node convert(TableNodes.TableBlock t, List<Block> out, int depth) {
    Span span = map.span(t);
    if (t.rule) {
      out.add(new cz.sazba.model.ThematicBreak(span));
      return t;
    }
    if (t.paragraph) {
      out.add(new Paragraph(content.inlines(t), span));
      return t;
    }
    if (t.kind == TableNodes.Kind.UNSUPPORTED) {
      diagnostics.error("table-kind-unsupported", span, "simple and multiline tables are not supported",
          "write the table as a pipe table (| a | b |) or a grid table (+---+---+); see docs/manuscript.md");
      return t;
    }
    boolean ok = true;
    for (TableNodes.Problem p : t.problems) {
      Span at = p.at() == null ? span : map.span(List.of(p.at()));
      diagnostics.error(p.code(), at, p.message(), p.hint());
      ok = false;
    }
    Node captionNode = null;
    Node last = t;
    if (t.getPrevious() != null && (isCaptionBefore(t.getPrevious())
        || t.getPrevious() instanceof PandocNodes.Definition d && isCaptionDefinition(d))) {
      captionNode = t.getPrevious() instanceof PandocNodes.Definition d ? d.getFirstChild() : t.getPrevious();
    } else if (t.getNext() instanceof org.commonmark.node.Paragraph p && isCaption(p)) {
      captionNode = p;
      last = p;
    }
    String id = "";
    List<Inline> caption = List.of();
    if (captionNode != null) {
      id = captionId(captionNode);
      Text first = (Text) captionNode.getFirstChild();
      String literal = first.getLiteral();
      int colon = literal.indexOf(':');
      first.setLiteral(literal.substring(colon + 1).stripLeading());
      caption = content.inlines(captionNode);
      caption = stripEdges(caption);
    }
    List<TableRow> head = new ArrayList<>();
    List<TableRow> body = new ArrayList<>();
    for (Node r = t.getFirstChild(); r != null; r = r.getNext()) {
      TableNodes.RowNode row = (TableNodes.RowNode) r;
      List<TableCell> cells = new ArrayList<>();
      for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
        Span cellSpan = map.span(c);
        List<Block> blocks;
        if (t.kind == TableNodes.Kind.PIPE) {
          List<Inline> inlines = c.getFirstChild() == null ? List.of() : content.inlines(c);
          blocks = inlines.isEmpty() ? List.of() : List.of(new Paragraph(inlines, cellSpan));
        } else {
          blocks = content.blocks(c, depth + 1);
        }
        cells.add(new TableCell(blocks, 1, 1, cellSpan));
      }
      (row.head ? head : body).add(new TableRow(cells, map.span(row)));
    }
    if (t.columns.isEmpty()) ok = false;
    if (ok) out.add(new Table(id, caption, t.columns, head, body, 0, span));
    return last;
  }

  /** The {@code {#id}} at the end of a caption, taken out of its text; empty when there is none. */
  private String captionId(Node caption) {
    if (!(caption.getLastChild() instanceof Text last)) return "";
    String literal = last.getLiteral();
    String trimmed = literal.stripTrailing();
    if (!trimmed.endsWith("}")) return "";
    int open = trimmed.lastIndexOf('{');
    if (open < 0) return "";
    var parsed = Attributes.parse(trimmed.substring(open));
    if (parsed.isEmpty()) return "";
    String id = "";
    Span at = map.span(last);
    for (Attributes.Attribute a : parsed.get().entries()) {
      if (a.kind() == Attributes.Kind.ID && id.isEmpty()) {
        id = a.name();
      } else {
        diagnostics.warning("attribute-ignored", at, "the table caption's attribute "
            + Quote.of(trimmed.substring(open + a.start(), open + a.end())) + " has no effect",
            "a table caption takes only its identifier, {#tbl:name}");
      }
    }
    if (!id.isEmpty() && !ids.claim(id)) {
      diagnostics.error("heading-id-duplicate", at, "the identifier " + Quote.of(id) + " is already used",
          "give each heading, div and table its own identifier");
    }
    last.setLiteral(literal.substring(0, open));
    return id;
  }

  /** Without the spaces left at the caption's ends by the prefix and the identifier. */
  private static List<Inline> stripEdges(List<Inline> caption) {
    List<Inline> out = new ArrayList<>(caption);
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof cz.sazba.model.Text t) {
      String s = t.text().stripTrailing();
      if (s.isEmpty()) out.remove(out.size() - 1);
      else out.set(out.size() - 1, new cz.sazba.model.Text(s, t.span()));
    }
    if (!out.isEmpty() && out.get(0) instanceof cz.sazba.model.Text t) {
      String s = t.text().stripLeading();
      if (s.isEmpty()) out.remove(0);
      else out.set(0, new cz.sazba.model.Text(s, t.span()));
    }
    return out;
  }
}

package cz.sazba.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The one rebuilding traversal of the model, for transforms: every node is rebuilt bottom-up with
 * its children rewritten, and a subclass overrides only the kinds it changes. Each visit returns a
 * list, so a node may be replaced by several, or removed. The default for every kind keeps it and
 * rewrites its children, so nothing is dropped by omission. A node none of whose children changed
 * is kept as it is, and so is a list none of whose members changed: a transform that touches a
 * few words of a long book copies only the nodes above them (the model is immutable, so sharing
 * an unchanged node is the same as copying it).
 */
public abstract class ModelRewriter implements BlockVisitor<List<Block>>, InlineVisitor<List<Inline>> {

  public Book book(Book book) {
    List<Division> divisions = new ArrayList<>();
    boolean same = true;
    for (Division d : book.divisions()) {
      Division r = division(d);
      same &= r == d;
      divisions.add(r);
    }
    return same ? book : new Book(book.metadata(), divisions);
  }

  public Division division(Division d) {
    List<Block> blocks = blocks(d.blocks());
    return blocks == d.blocks() ? d : new Division(d.kind(), d.id(), blocks);
  }

  /**
   * Each block rewritten; the list itself when every block came back as itself. (This and
   * {@link #inlines} are two loops, not one generic one through a function: deeply nested input
   * recurses through them, and every frame per level counts against the stack.)
   */
  public List<Block> blocks(List<Block> blocks) {
    List<Block> out = null;
    for (int k = 0; k < blocks.size(); k++) {
      Block before = blocks.get(k);
      List<Block> after = before.accept(this);
      if (out == null && (after.size() != 1 || after.get(0) != before)) {
        out = new ArrayList<>(blocks.size());
        out.addAll(blocks.subList(0, k));
      }
      if (out != null) out.addAll(after);
    }
    return out == null ? blocks : out;
  }

  /** Each inline rewritten; the list itself when every inline came back as itself. */
  public List<Inline> inlines(List<Inline> inlines) {
    List<Inline> out = null;
    for (int k = 0; k < inlines.size(); k++) {
      Inline before = inlines.get(k);
      List<Inline> after = before.accept(this);
      if (out == null && (after.size() != 1 || after.get(0) != before)) {
        out = new ArrayList<>(inlines.size());
        out.addAll(inlines.subList(0, k));
      }
      if (out != null) out.addAll(after);
    }
    return out == null ? inlines : out;
  }

  /**
   * The content of a paragraph, heading, reference entry or contents entry: one run of inlines.
   * Override to treat a whole run at once (a scan that carries state across nodes).
   */
  protected List<Inline> run(List<Inline> inlines) {
    return inlines(inlines);
  }

  // Blocks

  @Override public List<Block> visitHeading(Heading h) {
    List<Inline> c = run(h.content());
    return List.of(c == h.content() ? h : h.withContent(c));
  }

  @Override public List<Block> visitParagraph(Paragraph p) {
    List<Inline> c = run(p.content());
    return List.of(c == p.content() ? p : new Paragraph(c, p.span()));
  }

  @Override public List<Block> visitBlockQuote(BlockQuote q) {
    List<Block> b = blocks(q.blocks());
    return List.of(b == q.blocks() ? q : new BlockQuote(b, q.span()));
  }

  @Override public List<Block> visitList(ListBlock l) {
    List<ListItem> items = new ArrayList<>();
    boolean same = true;
    for (ListItem i : l.items()) {
      List<Block> b = blocks(i.blocks());
      same &= b == i.blocks();
      items.add(b == i.blocks() ? i : new ListItem(b, i.span()));
    }
    return List.of(same ? l : new ListBlock(l.ordered(), l.numbering(), items, l.span()));
  }

  @Override public List<Block> visitReferencesSlot(ReferencesSlot s) {
    return List.of(s);
  }

  @Override public List<Block> visitReferenceList(ReferenceList r) {
    List<ReferenceEntry> entries = new ArrayList<>();
    boolean same = true;
    for (ReferenceEntry e : r.entries()) {
      List<Inline> c = run(e.content());
      same &= c == e.content();
      entries.add(c == e.content() ? e : new ReferenceEntry(e.number(), e.id(), e.key(), c, e.citationIds()));
    }
    return List.of(same ? r : new ReferenceList(entries, r.span(), r.numbered()));
  }

  @Override public List<Block> visitContentsList(ContentsList c) {
    List<ContentsEntry> entries = new ArrayList<>();
    boolean same = true;
    for (ContentsEntry e : c.entries()) {
      List<Inline> t = run(e.title());
      same &= t == e.title();
      entries.add(t == e.title() ? e : new ContentsEntry(e.level(), e.targetId(), t));
    }
    return List.of(same ? c : new ContentsList(entries, c.span()));
  }

  @Override public List<Block> visitTitlePage(TitlePage t) {
    return List.of(t);
  }

  @Override public List<Block> visitCodeBlock(CodeBlock c) {
    return List.of(c);
  }

  @Override public List<Block> visitThematicBreak(ThematicBreak t) {
    return List.of(t);
  }

  @Override public List<Block> visitDefinitionList(DefinitionList l) {
    List<DefinitionItem> items = new ArrayList<>();
    boolean same = true;
    for (DefinitionItem i : l.items()) {
      List<List<Block>> definitions = new ArrayList<>();
      boolean itemSame = true;
      for (List<Block> d : i.definitions()) {
        List<Block> b = blocks(d);
        itemSame &= b == d;
        definitions.add(b);
      }
      List<Inline> term = run(i.term());
      itemSame &= term == i.term();
      same &= itemSame;
      items.add(itemSame ? i : new DefinitionItem(term, definitions, i.span()));
    }
    return List.of(same ? l : new DefinitionList(items, l.span()));
  }

  @Override public List<Block> visitDiv(Div d) {
    List<Block> b = blocks(d.blocks());
    return List.of(b == d.blocks() ? d : new Div(d.id(), d.lang(), b, d.span()));
  }

  /** A figure's caption is rewritten as a run; its image is a leaf and stays as it is. */
  @Override public List<Block> visitFigure(Figure f) {
    List<Inline> c = run(f.caption());
    return List.of(c == f.caption() ? f : new Figure(f.id(), f.image(), c, f.number(), f.span()));
  }

  @Override public List<Block> visitTable(Table t) {
    List<Inline> caption = run(t.caption());
    List<TableRow> head = rows(t.head());
    List<TableRow> body = rows(t.body());
    boolean same = caption == t.caption() && head == t.head() && body == t.body();
    return List.of(same ? t : new Table(t.id(), caption, t.columns(), head, body, t.number(), t.span()));
  }

  /** The rows rewritten; the list itself when no cell changed. */
  private List<TableRow> rows(List<TableRow> rows) {
    List<TableRow> out = new ArrayList<>(rows.size());
    boolean same = true;
    for (TableRow row : rows) {
      List<TableCell> cells = new ArrayList<>(row.cells().size());
      boolean rowSame = true;
      for (TableCell c : row.cells()) {
        List<Block> b = blocks(c.blocks());
        rowSame &= b == c.blocks();
        cells.add(b == c.blocks() ? c : new TableCell(b, c.rowSpan(), c.colSpan(), c.span()));
      }
      same &= rowSame;
      out.add(rowSame ? row : new TableRow(cells, row.span()));
    }
    return same ? rows : out;
  }

  // Inlines

  @Override public List<Inline> visitText(Text t) {
    return List.of(t);
  }

  @Override public List<Inline> visitEmph(Emph e) {
    List<Inline> c = inlines(e.content());
    return List.of(c == e.content() ? e : new Emph(c, e.span()));
  }

  @Override public List<Inline> visitStrong(Strong s) {
    List<Inline> c = inlines(s.content());
    return List.of(c == s.content() ? s : new Strong(c, s.span()));
  }

  @Override public List<Inline> visitForeign(Foreign f) {
    List<Inline> c = inlines(f.content());
    return List.of(c == f.content() ? f : new Foreign(f.lang(), c, f.span()));
  }

  @Override public List<Inline> visitCite(Cite c) {
    return List.of(c);
  }

  @Override public List<Inline> visitCitation(Citation c) {
    return List.of(c);
  }

  @Override public List<Inline> visitLink(Link l) {
    List<Inline> c = inlines(l.content());
    return List.of(c == l.content() ? l : new Link(l.href(), c, l.span()));
  }

  @Override public List<Inline> visitLineBreak(LineBreak b) {
    return List.of(b);
  }

  /** A note's blocks are rewritten as blocks of their own (their paragraphs are runs of their own). */
  @Override public List<Inline> visitNote(Note n) {
    List<Block> b = blocks(n.blocks());
    return List.of(b == n.blocks() ? n : new Note(n.id(), n.label(), b, n.span()));
  }

  @Override public List<Inline> visitCode(Code c) {
    return List.of(c);
  }

  @Override public List<Inline> visitSmallCaps(SmallCaps s) {
    List<Inline> c = inlines(s.content());
    return List.of(c == s.content() ? s : new SmallCaps(c, s.span()));
  }

  @Override public List<Inline> visitStrikeout(Strikeout s) {
    List<Inline> c = inlines(s.content());
    return List.of(c == s.content() ? s : new Strikeout(c, s.span()));
  }

  @Override public List<Inline> visitSuperscript(Superscript s) {
    List<Inline> c = inlines(s.content());
    return List.of(c == s.content() ? s : new Superscript(c, s.span()));
  }

  @Override public List<Inline> visitSubscript(Subscript s) {
    List<Inline> c = inlines(s.content());
    return List.of(c == s.content() ? s : new Subscript(c, s.span()));
  }

  @Override public List<Inline> visitImage(Image i) {
    return List.of(i);
  }
}

package cz.sazba.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The one rebuilding traversal of the model, for transforms: every node is rebuilt bottom-up with
 * its children rewritten, and a subclass overrides only the kinds it changes. Each visit returns a
 * list, so a node may be replaced by several, or removed. The default for every kind keeps it and
 * rewrites its children, so nothing is dropped by omission.
 */
public abstract class ModelRewriter implements BlockVisitor<List<Block>>, InlineVisitor<List<Inline>> {

  public Book book(Book book) {
    List<Division> divisions = new ArrayList<>();
    for (Division d : book.divisions()) divisions.add(division(d));
    return new Book(book.metadata(), divisions);
  }

  public Division division(Division d) {
    return new Division(d.kind(), d.id(), blocks(d.blocks()));
  }

  public List<Block> blocks(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) out.addAll(b.accept(this));
    return out;
  }

  public List<Inline> inlines(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>(inlines.size());
    for (Inline i : inlines) out.addAll(i.accept(this));
    return out;
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
    return List.of(h.withContent(run(h.content())));
  }

  @Override public List<Block> visitParagraph(Paragraph p) {
    return List.of(new Paragraph(run(p.content()), p.span()));
  }

  @Override public List<Block> visitBlockQuote(BlockQuote q) {
    return List.of(new BlockQuote(blocks(q.blocks()), q.span()));
  }

  @Override public List<Block> visitList(ListBlock l) {
    List<ListItem> items = new ArrayList<>();
    for (ListItem i : l.items()) items.add(new ListItem(blocks(i.blocks()), i.span()));
    return List.of(new ListBlock(l.ordered(), l.numbering(), items, l.span()));
  }

  @Override public List<Block> visitReferencesSlot(ReferencesSlot s) {
    return List.of(s);
  }

  @Override public List<Block> visitReferenceList(ReferenceList r) {
    List<ReferenceEntry> entries = new ArrayList<>();
    for (ReferenceEntry e : r.entries()) {
      entries.add(new ReferenceEntry(e.number(), e.id(), e.key(), run(e.content()), e.citationIds()));
    }
    return List.of(new ReferenceList(entries, r.span(), r.numbered()));
  }

  @Override public List<Block> visitContentsList(ContentsList c) {
    List<ContentsEntry> entries = new ArrayList<>();
    for (ContentsEntry e : c.entries()) entries.add(new ContentsEntry(e.level(), e.targetId(), run(e.title())));
    return List.of(new ContentsList(entries, c.span()));
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
    for (DefinitionItem i : l.items()) {
      List<List<Block>> definitions = new ArrayList<>();
      for (List<Block> d : i.definitions()) definitions.add(blocks(d));
      items.add(new DefinitionItem(run(i.term()), definitions, i.span()));
    }
    return List.of(new DefinitionList(items, l.span()));
  }

  @Override public List<Block> visitDiv(Div d) {
    return List.of(new Div(d.id(), d.lang(), blocks(d.blocks()), d.span()));
  }

  /** A figure's caption is rewritten as a run; its image is a leaf and stays as it is. */
  @Override public List<Block> visitFigure(Figure f) {
    return List.of(new Figure(f.id(), f.image(), run(f.caption()), f.number(), f.span()));
  }

  @Override public List<Block> visitTable(Table t) {
    return List.of(new Table(t.id(), run(t.caption()), t.columns(), rows(t.head()), rows(t.body()), t.number(), t.span()));
  }

  private List<TableRow> rows(List<TableRow> rows) {
    List<TableRow> out = new ArrayList<>(rows.size());
    for (TableRow row : rows) {
      List<TableCell> cells = new ArrayList<>(row.cells().size());
      for (TableCell c : row.cells()) cells.add(new TableCell(blocks(c.blocks()), c.rowSpan(), c.colSpan(), c.span()));
      out.add(new TableRow(cells, row.span()));
    }
    return out;
  }

  // Inlines

  @Override public List<Inline> visitText(Text t) {
    return List.of(t);
  }

  @Override public List<Inline> visitEmph(Emph e) {
    return List.of(new Emph(inlines(e.content()), e.span()));
  }

  @Override public List<Inline> visitStrong(Strong s) {
    return List.of(new Strong(inlines(s.content()), s.span()));
  }

  @Override public List<Inline> visitForeign(Foreign f) {
    return List.of(new Foreign(f.lang(), inlines(f.content()), f.span()));
  }

  @Override public List<Inline> visitCite(Cite c) {
    return List.of(c);
  }

  @Override public List<Inline> visitCitation(Citation c) {
    return List.of(c);
  }

  @Override public List<Inline> visitLink(Link l) {
    return List.of(new Link(l.href(), inlines(l.content()), l.span()));
  }

  @Override public List<Inline> visitLineBreak(LineBreak b) {
    return List.of(b);
  }

  /** A note's blocks are rewritten as blocks of their own (their paragraphs are runs of their own). */
  @Override public List<Inline> visitNote(Note n) {
    return List.of(new Note(n.id(), n.label(), blocks(n.blocks()), n.span()));
  }

  @Override public List<Inline> visitCode(Code c) {
    return List.of(c);
  }

  @Override public List<Inline> visitSmallCaps(SmallCaps s) {
    return List.of(new SmallCaps(inlines(s.content()), s.span()));
  }

  @Override public List<Inline> visitStrikeout(Strikeout s) {
    return List.of(new Strikeout(inlines(s.content()), s.span()));
  }

  @Override public List<Inline> visitSuperscript(Superscript s) {
    return List.of(new Superscript(inlines(s.content()), s.span()));
  }

  @Override public List<Inline> visitSubscript(Subscript s) {
    return List.of(new Subscript(inlines(s.content()), s.span()));
  }

  @Override public List<Inline> visitImage(Image i) {
    return List.of(i);
  }
}

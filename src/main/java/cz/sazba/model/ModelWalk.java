package cz.sazba.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one read-only traversal of the model: every block and every inline, depth first, in reading
 * order. Queries that only need to look at some kinds (collect the anchors, every character, the
 * headings) use this and never walk the tree themselves; the children of each kind are named once,
 * here, through the visitors, so a new kind cannot be skipped silently.
 */
public final class ModelWalk {
  private ModelWalk() {}

  /**
   * Calls {@code action} for every block in {@code blocks} and inside them, parents first, in
   * reading order: the blocks of a footnote come where its mark is, after the block that holds it.
   */
  public static void forEachBlock(List<Block> blocks, Consumer<Block> action) {
    for (Block b : blocks) {
      action.accept(b);
      for (List<Inline> run : inlineRuns(b)) forEachNoteBlock(run, action);
      forEachBlock(childBlocks(b), action);
    }
  }

  private static void forEachNoteBlock(List<Inline> inlines, Consumer<Block> action) {
    for (Inline i : inlines) {
      forEachBlock(inlineBlocks(i), action);
      forEachNoteBlock(childInlines(i), action);
    }
  }

  /**
   * Calls {@code action} for every inline in or under {@code blocks}, parents before content; the
   * inlines of a footnote's blocks follow the note itself.
   */
  public static void forEachInline(List<Block> blocks, Consumer<Inline> action) {
    for (Block b : blocks) {
      for (List<Inline> run : inlineRuns(b)) forEachInlineIn(run, action);
      forEachInline(childBlocks(b), action);
    }
  }

  /** Calls {@code action} for every inline in {@code inlines} and inside them, parents first. */
  public static void forEachInlineIn(List<Inline> inlines, Consumer<Inline> action) {
    for (Inline i : inlines) {
      action.accept(i);
      forEachInlineIn(childInlines(i), action);
      forEachInline(inlineBlocks(i), action);
    }
  }

  /** The blocks directly inside {@code block} (a quote's or a list item's blocks), in order. */
  public static List<Block> childBlocks(Block block) {
    return block.accept(CHILD_BLOCKS);
  }

  /**
   * The runs of inline content directly in {@code block}, in reading order: a paragraph's or a
   * heading's content, each reference entry's text, each contents entry's title, each term of a
   * definition list, a figure's image and then its caption, a table's caption (its cells are blocks).
   */
  public static List<List<Inline>> inlineRuns(Block block) {
    return block.accept(INLINE_RUNS);
  }

  /** The inlines directly inside {@code inline} (emphasis, a foreign passage, a link's text). */
  public static List<Inline> childInlines(Inline inline) {
    return inline.accept(CHILD_INLINES);
  }

  /** The blocks directly inside {@code inline}: a footnote's; none for every other kind. */
  public static List<Block> inlineBlocks(Inline inline) {
    return inline.accept(INLINE_BLOCKS);
  }

  /**
   * Calls {@code action} for every heading that opens a section, in reading order: the headings
   * among the blocks and inside divs, as pandoc's sections are made; a heading inside a quote, a
   * list, a note or a table cell opens none. The contents list, the section numbers and the
   * EPUB's navigation all use this, so they list the same headings.
   */
  public static void forEachSectionHeading(List<Block> blocks, Consumer<Heading> action) {
    for (Block b : blocks) {
      if (b instanceof Heading h) action.accept(h);
      else if (b instanceof Div d) forEachSectionHeading(d.blocks(), action);
    }
  }

  /**
   * The anchors {@code block} itself defines (not those of the blocks inside it): a heading's id,
   * a div's, figure's or table's id when it has one, each reference entry's id. Every kind says,
   * so a new kind with an identifier cannot be forgotten by the anchor index or the link check.
   */
  public static List<String> ownAnchors(Block block) {
    return block.accept(OWN_ANCHORS);
  }

  /** The anchors {@code inline} itself defines: a citation mark's id, a note's and its mark's. */
  public static List<String> ownAnchors(Inline inline) {
    return inline.accept(INLINE_ANCHORS);
  }

  private static List<String> idOrNone(String id) {
    return id.isEmpty() ? List.of() : List.of(id);
  }

  private static final BlockVisitor<List<String>> OWN_ANCHORS = new BlockVisitor<>() {
    @Override public List<String> visitHeading(Heading h) { return List.of(h.id()); }
    @Override public List<String> visitParagraph(Paragraph p) { return List.of(); }
    @Override public List<String> visitBlockQuote(BlockQuote q) { return List.of(); }
    @Override public List<String> visitList(ListBlock l) { return List.of(); }
    @Override public List<String> visitReferencesSlot(ReferencesSlot s) { return List.of(); }
    @Override public List<String> visitReferenceList(ReferenceList r) {
      List<String> out = new ArrayList<>();
      for (ReferenceEntry e : r.entries()) out.add(e.id());
      return out;
    }
    @Override public List<String> visitContentsList(ContentsList c) { return List.of(); }
    @Override public List<String> visitTitlePage(TitlePage t) { return List.of(); }
    @Override public List<String> visitCodeBlock(CodeBlock c) { return List.of(); }
    @Override public List<String> visitThematicBreak(ThematicBreak t) { return List.of(); }
    @Override public List<String> visitDefinitionList(DefinitionList l) { return List.of(); }
    @Override public List<String> visitDiv(Div d) { return idOrNone(d.id()); }
    @Override public List<String> visitFigure(Figure f) { return idOrNone(f.id()); }
    @Override public List<String> visitTable(Table t) { return idOrNone(t.id()); }
  };

  private static final InlineVisitor<List<String>> INLINE_ANCHORS = new InlineVisitor<>() {
    @Override public List<String> visitText(Text t) { return List.of(); }
    @Override public List<String> visitEmph(Emph e) { return List.of(); }
    @Override public List<String> visitStrong(Strong s) { return List.of(); }
    @Override public List<String> visitForeign(Foreign f) { return List.of(); }
    @Override public List<String> visitCite(Cite c) { return List.of(); }
    @Override public List<String> visitCitation(Citation c) { return List.of(c.id()); }
    @Override public List<String> visitLink(Link l) { return List.of(); }
    @Override public List<String> visitLineBreak(LineBreak b) { return List.of(); }
    @Override public List<String> visitNote(Note n) { return List.of(n.id(), n.markId()); }
    @Override public List<String> visitCode(Code c) { return List.of(); }
    @Override public List<String> visitSmallCaps(SmallCaps s) { return List.of(); }
    @Override public List<String> visitStrikeout(Strikeout s) { return List.of(); }
    @Override public List<String> visitSuperscript(Superscript s) { return List.of(); }
    @Override public List<String> visitSubscript(Subscript s) { return List.of(); }
    @Override public List<String> visitImage(Image i) { return List.of(); }
  };

  private static final BlockVisitor<List<Block>> CHILD_BLOCKS = new BlockVisitor<>() {
    @Override public List<Block> visitHeading(Heading h) { return List.of(); }
    @Override public List<Block> visitParagraph(Paragraph p) { return List.of(); }
    @Override public List<Block> visitBlockQuote(BlockQuote q) { return q.blocks(); }
    @Override public List<Block> visitList(ListBlock l) {
      List<Block> out = new ArrayList<>();
      for (ListItem item : l.items()) out.addAll(item.blocks());
      return out;
    }
    @Override public List<Block> visitReferencesSlot(ReferencesSlot s) { return List.of(); }
    @Override public List<Block> visitReferenceList(ReferenceList r) { return List.of(); }
    @Override public List<Block> visitContentsList(ContentsList c) { return List.of(); }
    @Override public List<Block> visitTitlePage(TitlePage t) { return List.of(); }
    @Override public List<Block> visitCodeBlock(CodeBlock c) { return List.of(); }
    @Override public List<Block> visitThematicBreak(ThematicBreak t) { return List.of(); }
    @Override public List<Block> visitDefinitionList(DefinitionList l) {
      List<Block> out = new ArrayList<>();
      for (DefinitionItem item : l.items()) for (List<Block> d : item.definitions()) out.addAll(d);
      return out;
    }
    @Override public List<Block> visitDiv(Div d) { return d.blocks(); }
    @Override public List<Block> visitFigure(Figure f) { return List.of(); }
    @Override public List<Block> visitTable(Table t) {
      List<Block> out = new ArrayList<>();
      for (TableRow row : t.rows()) for (TableCell cell : row.cells()) out.addAll(cell.blocks());
      return out;
    }
  };

  private static final BlockVisitor<List<List<Inline>>> INLINE_RUNS = new BlockVisitor<>() {
    @Override public List<List<Inline>> visitHeading(Heading h) { return List.of(h.content()); }
    @Override public List<List<Inline>> visitParagraph(Paragraph p) { return List.of(p.content()); }
    @Override public List<List<Inline>> visitBlockQuote(BlockQuote q) { return List.of(); }
    @Override public List<List<Inline>> visitList(ListBlock l) { return List.of(); }
    @Override public List<List<Inline>> visitReferencesSlot(ReferencesSlot s) { return List.of(); }
    @Override public List<List<Inline>> visitReferenceList(ReferenceList r) {
      List<List<Inline>> out = new ArrayList<>();
      for (ReferenceEntry e : r.entries()) out.add(e.content());
      return out;
    }
    @Override public List<List<Inline>> visitContentsList(ContentsList c) {
      List<List<Inline>> out = new ArrayList<>();
      for (ContentsEntry e : c.entries()) out.add(e.title());
      return out;
    }
    @Override public List<List<Inline>> visitTitlePage(TitlePage t) { return List.of(); }
    @Override public List<List<Inline>> visitCodeBlock(CodeBlock c) { return List.of(); }
    @Override public List<List<Inline>> visitThematicBreak(ThematicBreak t) { return List.of(); }
    @Override public List<List<Inline>> visitDefinitionList(DefinitionList l) {
      List<List<Inline>> out = new ArrayList<>();
      for (DefinitionItem item : l.items()) out.add(item.term());
      return out;
    }
    @Override public List<List<Inline>> visitDiv(Div d) { return List.of(); }
    @Override public List<List<Inline>> visitFigure(Figure f) { return List.of(List.of(f.image()), f.caption()); }
    @Override public List<List<Inline>> visitTable(Table t) { return List.of(t.caption()); }
  };

  private static final InlineVisitor<List<Inline>> CHILD_INLINES = new InlineVisitor<>() {
    @Override public List<Inline> visitText(Text t) { return List.of(); }
    @Override public List<Inline> visitEmph(Emph e) { return e.content(); }
    @Override public List<Inline> visitStrong(Strong s) { return s.content(); }
    @Override public List<Inline> visitForeign(Foreign f) { return f.content(); }
    @Override public List<Inline> visitCite(Cite c) { return List.of(); }
    @Override public List<Inline> visitCitation(Citation c) { return List.of(); }
    @Override public List<Inline> visitLink(Link l) { return l.content(); }
    @Override public List<Inline> visitLineBreak(LineBreak b) { return List.of(); }
    @Override public List<Inline> visitNote(Note n) { return List.of(); }
    @Override public List<Inline> visitCode(Code c) { return List.of(); }
    @Override public List<Inline> visitSmallCaps(SmallCaps s) { return s.content(); }
    @Override public List<Inline> visitStrikeout(Strikeout s) { return s.content(); }
    @Override public List<Inline> visitSuperscript(Superscript s) { return s.content(); }
    @Override public List<Inline> visitSubscript(Subscript s) { return s.content(); }
    @Override public List<Inline> visitImage(Image i) { return List.of(); }
  };

  private static final InlineVisitor<List<Block>> INLINE_BLOCKS = new InlineVisitor<>() {
    @Override public List<Block> visitText(Text t) { return List.of(); }
    @Override public List<Block> visitEmph(Emph e) { return List.of(); }
    @Override public List<Block> visitStrong(Strong s) { return List.of(); }
    @Override public List<Block> visitForeign(Foreign f) { return List.of(); }
    @Override public List<Block> visitCite(Cite c) { return List.of(); }
    @Override public List<Block> visitCitation(Citation c) { return List.of(); }
    @Override public List<Block> visitLink(Link l) { return List.of(); }
    @Override public List<Block> visitLineBreak(LineBreak b) { return List.of(); }
    @Override public List<Block> visitNote(Note n) { return n.blocks(); }
    @Override public List<Block> visitCode(Code c) { return List.of(); }
    @Override public List<Block> visitSmallCaps(SmallCaps s) { return List.of(); }
    @Override public List<Block> visitStrikeout(Strikeout s) { return List.of(); }
    @Override public List<Block> visitSuperscript(Superscript s) { return List.of(); }
    @Override public List<Block> visitSubscript(Subscript s) { return List.of(); }
    @Override public List<Block> visitImage(Image i) { return List.of(); }
  };
}

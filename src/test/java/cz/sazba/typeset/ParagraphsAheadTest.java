package cz.sazba.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.font.FontSet;
import cz.sazba.model.Block;
import cz.sazba.model.Book;
import cz.sazba.model.Division;
import cz.sazba.model.DivisionKind;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Lang;
import cz.sazba.model.Layout;
import cz.sazba.model.Link;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.model.Metadata;
import cz.sazba.model.Note;
import cz.sazba.model.Paragraph;
import cz.sazba.model.ThematicBreak;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Span;
import cz.sazba.typeset.page.LaidOutBook;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * Running paragraphs set ahead on a second thread give the division the layouter would have made
 * alone: the same pages, structure ids, notes and warnings, whether the setting made ahead was
 * used or refused (a note numbered per chapter, an indent that was guessed wrong).
 */
class ParagraphsAheadTest {
  private static final Span S = Span.GENERATED;

  private static Inline t(String s) {
    return new cz.sazba.model.Text(s, S);
  }

  /** Paragraphs of every inline kind the flattener numbers nodes for, around headings, a list and a break. */
  static Book book(boolean notesPerChapter) throws Exception {
    List<String> text = TestBooks.articleParagraphs();
    List<Division> divisions = new ArrayList<>();
    for (int c = 1; c <= 2; c++) {
      List<Block> blocks = new ArrayList<>();
      blocks.add(new Heading(1, "c" + c, List.of(t("Chapter " + c)), S));
      for (int i = 0; i < text.size(); i++) {
        String p = text.get(i);
        List<Inline> content = new ArrayList<>();
        content.add(t(p.substring(0, p.length() / 2)));
        switch (i % 5) {
          case 0 -> content.add(new Note(List.of(new Paragraph(List.of(t("A note on " + i + ".")), S)), S));
          case 1 -> content.add(new Link("https://example.org/" + i, List.of(t(" a link ")), S));
          case 2 -> content.add(new Emph(List.of(new Foreign(new Lang("cs"), List.of(t(" Příliš žluťoučký kůň ")), S)), S));
          case 3 -> content.add(t(" 8364918273645519283746655019283746501928374655019283746501928374650192837465 "));
          default -> { }
        }
        content.add(t(p.substring(p.length() / 2)));
        blocks.add(new Paragraph(content, S));
        if (i % 7 == 3) blocks.add(new Heading(2, "c" + c + "s" + i, List.of(t("Section " + i)), S));
        if (i % 11 == 5) blocks.add(new ThematicBreak(S));
        if (i % 13 == 6) {
          blocks.add(new ListBlock(false, 1, List.of(new ListItem(List.of(new Paragraph(List.of(t("an item")), S)), S),
              new ListItem(List.of(new Paragraph(List.of(t("another item")), S)), S)), S));
        }
      }
      divisions.add(new Division(DivisionKind.CHAPTER, "ch0" + c, blocks));
    }
    Metadata m = TestBooks.metadata("Ahead");
    Layout l = m.layout();
    Layout layout = new Layout(l.pageWidth(), l.pageHeight(), l.marginTop(), l.marginBottom(), l.marginInner(),
        l.marginOuter(), l.fontSize(), l.leading(), l.fonts(), l.hyphenate(), notesPerChapter);
    Metadata metadata = new Metadata(m.title(), m.subtitle(), m.lang(), m.authors(), m.date(), m.rights(), m.license(),
        m.source(), m.changes(), m.references(), layout, m.span());
    return new Book(metadata, divisions);
  }

  @Test
  void aSecondThreadChangesNothing() throws Exception {
    FontSet fonts = FontSet.bundled();
    for (boolean perChapter : new boolean[] {false, true}) {
      Book book = book(perChapter);
      Diagnostics alone = new Diagnostics();
      LaidOutBook one = Typesetter.typeset(book, fonts, alone, new Typesetter.Resources(Runnable::run,
          ShapedWords.create())).orElseThrow().book();
      ForkJoinPool pool = new ForkJoinPool(2);
      try {
        Diagnostics together = new Diagnostics();
        int before = ParagraphsAhead.TAKEN.get();
        LaidOutBook two = Typesetter.typeset(book, fonts, together, new Typesetter.Resources(pool,
            ShapedWords.create())).orElseThrow().book();
        assertTrue(ParagraphsAhead.TAKEN.get() > before, "some paragraphs were set ahead and used");
        assertEquals(one, two, "notes per chapter: " + perChapter);
        List<Diagnostic> a = alone.sorted();
        assertTrue(a.stream().anyMatch(d -> d.code().equals("line-overfull")), "the long word is reported");
        assertEquals(a, together.sorted());
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  void aSettingIsUsedOnlyForTheRunsAndIndentItWasMadeFor() throws Exception {
    Book book = book(true);
    Division d = book.divisions().get(0);
    PageDesign design = PageDesign.of(book.metadata().layout());
    LayoutContext ctx = new LayoutContext(FontSet.bundled(), design, ShapedWords.create(),
        new StructureTree(cz.sazba.typeset.page.StructRole.DIVISION), book.metadata().lang(), java.util.Map.of(),
        new Diagnostics(), d);
    ParagraphsAhead ahead = ParagraphsAhead.start(d.blocks(), FigureOrder.of(d.blocks()), ctx, Runnable::run, 1)
        .orElseThrow();
    // Block 1 follows the chapter heading (no indent) and has a note: numbered per chapter, its
    // mark depends on the notes before it, and the setting made ahead is refused only if the
    // mark differs. Flattened here as the layout would (its first note: mark 1), it is used.
    Paragraph first = (Paragraph) d.blocks().get(1);
    List<Run> runs = flatten(first, ctx, 7);
    assertTrue(ahead.take(first, runs, 7, setting(design, 0, ctx)).isPresent());
    // The next paragraph, given the wrong indent, or runs with other ids, is set anew.
    Paragraph second = (Paragraph) d.blocks().get(2);
    List<Run> secondRuns = flatten(second, ctx, 20);
    assertTrue(ahead.take(second, secondRuns, 20, setting(design, 0, ctx)).isEmpty(), "indent differs");
    Paragraph third = (Paragraph) d.blocks().get(3);
    List<Run> thirdRuns = flatten(third, ctx, 40);
    assertTrue(ahead.take(third, thirdRuns, 41, setting(design, design.body().indent(), ctx)).isEmpty(), "ids differ");
    // Nor is one made for another measure.
    Paragraph fourth = (Paragraph) d.blocks().get(4);
    ParagraphsAhead.Setting usual = setting(design, design.body().indent(), ctx);
    ParagraphsAhead.Setting narrower = new ParagraphsAhead.Setting(usual.size(), usual.width() - 1, usual.indent(),
        usual.hyphenate(), usual.lang());
    assertTrue(ahead.take(fourth, flatten(fourth, ctx, 50), 50, narrower).isEmpty(), "measure differs");
    // A later note numbered per chapter shows mark 2 here, but 1 in the paragraph's own queue.
    Paragraph sixth = (Paragraph) d.blocks().get(7);
    NoteQueue queue = new NoteQueue(true);
    queue.register(new Note(List.of(), S), 0);
    StructureTree tree = new StructureTree(cz.sazba.typeset.page.StructRole.DIVISION);
    while (tree.size() < 60) tree.add(tree.root(), cz.sazba.typeset.page.StructRole.PARAGRAPH);
    int p = tree.add(tree.root(), cz.sazba.typeset.page.StructRole.PARAGRAPH);
    List<Run> sixthRuns = InlineFlattener.flatten(sixth.content(), cz.sazba.font.FontStyle.REGULAR, ctx.documentLang,
        p, tree, queue);
    assertTrue(ahead.take(sixth, sixthRuns, p, setting(design, design.body().indent(), ctx)).isEmpty(), "mark differs");
  }

  /** How the layout sets a running paragraph of the division with {@code indent}. */
  private static ParagraphsAhead.Setting setting(PageDesign design, long indent, LayoutContext ctx) {
    return new ParagraphsAhead.Setting(design.body().size(), design.page().textWidth(), indent,
        design.body().hyphenate(), ctx.documentLang);
  }

  /** The paragraph flattened with its node at {@code id} of a tree, with notes numbered from 1. */
  private static List<Run> flatten(Paragraph para, LayoutContext ctx, int id) {
    StructureTree tree = new StructureTree(cz.sazba.typeset.page.StructRole.DIVISION);
    while (tree.size() < id) tree.add(tree.root(), cz.sazba.typeset.page.StructRole.PARAGRAPH);
    int p = tree.add(tree.root(), cz.sazba.typeset.page.StructRole.PARAGRAPH);
    return InlineFlattener.flatten(para.content(), cz.sazba.font.FontStyle.REGULAR, ctx.documentLang, p, tree,
        new NoteQueue(true));
  }
}

package cz.sazba.transform;

import static org.junit.jupiter.api.Assertions.*;

import cz.sazba.model.Block;
import cz.sazba.model.Citation;
import cz.sazba.model.CitationMark;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Inlines;
import cz.sazba.model.Lang;
import cz.sazba.model.Paragraph;
import cz.sazba.model.Strong;
import cz.sazba.model.Text;
import cz.sazba.model.TitlePage;
import cz.sazba.source.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CzechNonBreakingSpacesTest {
  private static final Lang CS = new Lang("cs");
  private static final Lang EN = new Lang("en");
  private static final Span G = Span.GENERATED;

  private static Text t(String s) {
    return new Text(s, G);
  }

  private static List<Inline> fix(Lang book, Inline... inlines) {
    List<Block> out = CzechNonBreakingSpaces.apply(List.of(new Paragraph(List.of(inlines), G)), book);
    return ((Paragraph) out.get(0)).content();
  }

  private static String plain(Lang book, Inline... inlines) {
    return Inlines.plainText(fix(book, inlines));
  }

  /**
   * Runs of top-level blocks rewritten apart, on other threads, give what one rewriter over the
   * whole list gives: the scan and the language start afresh at every block, also after a
   * Czech passage in an English book, a note, a citation mark or a line break left at the end of
   * the block before.
   */
  @Test
  void blocksRewrittenInRunsOnThreadsAsInOneScan() {
    List<Block> blocks = new java.util.ArrayList<>();
    for (int k = 0; k < 300; k++) {
      blocks.add(switch (k % 5) {
        case 0 -> new Paragraph(List.of(t("Šel k domu s psem a v")), G);
        case 1 -> new Paragraph(List.of(t("lese i o půlnoci "), new Foreign(EN, List.of(t("a tree")), G), t(" a")), G);
        case 2 -> new Heading(2, "h" + k, List.of(t("V Praze " + k + " a")), G);
        case 3 -> new Paragraph(List.of(t("u řeky"), new Citation("c" + k, List.of(new CitationMark(1, "ref-1", Optional.empty())), G), t(" z")), G);
        default -> new Paragraph(List.of(new Foreign(CS, List.of(t("v lese a")), G), t(" a b")), G);
      });
    }
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(3);
    try {
      for (Lang lang : List.of(CS, EN)) {
        List<Block> whole = CzechNonBreakingSpaces.apply(blocks, lang);
        assertNotEquals(blocks, whole, "something to fix");
        for (int perTask : new int[] {1, 2, 7, 128, 1000}) {
          assertEquals(whole, CzechNonBreakingSpaces.inRuns(blocks, lang.equals(CS), pool, perTask), lang + " runs of " + perTask);
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void everyOneLetterWordInACzechBook() {
    assertEquals("Šel k\u00A0domu s\u00A0psem a\u00A0v\u00A0lese i\u00A0o\u00A0půlnoci u\u00A0řeky z\u00A0Brna.",
        plain(CS, t("Šel k domu s psem a v lese i o půlnoci u řeky z Brna.")));
    assertEquals("V\u00A0Praze A\u00A0tak K\u00A0nám S\u00A0Z\u00A0O\u00A0U\u00A0I\u00A0x",
        plain(CS, t("V Praze A tak K nám S Z O U I x")));
  }

  @Test
  void notInsideLongerWordsNorOtherLetters() {
    assertEquals("lov se bav tak jak x y", plain(CS, t("lov se bav tak jak x y")));
    assertEquals("1. a\u00A0b", plain(CS, t("1. a b")));
    assertEquals("(v\u00A0Praze) „a\u00A0to“", plain(CS, t("(v Praze) „a to“")));
  }

  @Test
  void acrossInlineBoundaries() {
    List<Inline> out = fix(CS, t("Byl v "), new Emph(List.of(t("Praze")), G));
    assertEquals("Byl v\u00A0", ((Text) out.get(0)).text());
    // The word in one node, its space in the next.
    out = fix(CS, t("Byl "), new Emph(List.of(t("v")), G), t(" Praze"));
    assertEquals(" Praze".replace(' ', '\u00A0'), ((Text) out.get(2)).text());
    // The word begins a node after a space in the previous one.
    out = fix(CS, t("byl a "), new Strong(List.of(t("k dispozici")), G));
    assertEquals("byl a\u00A0k\u00A0dispozici", Inlines.plainText(out));
    // A letter glued to the end of a previous node is not a word of its own.
    assertEquals("Kyje v Praze".replace("v ", "v\u00A0"), plain(CS, t("Kyje "), t("v Praze")));
    assertEquals("lev praze", plain(CS, t("le"), t("v praze")));
  }

  @Test
  void onlyInCzechText() {
    String english = "a cat sat in a box, I think";
    assertEquals(english, plain(EN, t(english)));
    // A Czech passage in an English book is fixed, the English around it is not.
    List<Inline> out = fix(EN, t("a man wrote "),
        new Foreign(CS, List.of(t("Portréty v dokumentech")), G), t(" a year ago"));
    assertEquals("a man wrote Portréty v\u00A0dokumentech a year ago", Inlines.plainText(out));
    assertInstanceOf(Foreign.class, out.get(1));
    // An English passage in a Czech book is left alone.
    assertEquals("viz a\u00A0" + "I am here",
        plain(CS, t("viz a "), new Foreign(EN, List.of(t("I am here")), G)));
  }

  @Test
  void citationMarkGluedToTheLetterIsNotAWord() {
    Citation c = new Citation("cite-1", List.of(new CitationMark(1, "ref-1", Optional.empty())), G);
    assertEquals("v[1] textu", plain(CS, t("v"), c, t(" textu")));
  }

  @Test
  void headingsAndTitlePageToo() {
    List<Block> out = CzechNonBreakingSpaces.apply(List.of(
        new Heading(1, "h", List.of(t("Vztahy v roce 1935")), G),
        new TitlePage("Československo a SSSR", Optional.of("Vztahy v letech"), List.of("Jan a Petr"), G)), CS);
    assertEquals("Vztahy v\u00A0roce 1935", Inlines.plainText(((Heading) out.get(0)).content()));
    TitlePage title = (TitlePage) out.get(1);
    assertEquals("Československo a\u00A0SSSR", title.title());
    assertEquals(Optional.of("Vztahy v\u00A0letech"), title.subtitle());
    assertEquals(List.of("Jan a\u00A0Petr"), title.authors());
    // An English book's title page is left as it is.
    TitlePage en = new TitlePage("A Tale of a Tub", Optional.empty(), List.of(), G);
    assertEquals(en, CzechNonBreakingSpaces.apply(List.<Block>of(en), EN).get(0));
  }

  @Test
  void spansAndLengthsAreKept() {
    Span s = new cz.sazba.source.SourceFile("x.md", "jdu v lese").span(0, 10);
    Text out = (Text) fix(CS, new Text("jdu v lese", s)).get(0);
    assertEquals(s, out.span());
    assertEquals(10, out.text().length());
  }
}

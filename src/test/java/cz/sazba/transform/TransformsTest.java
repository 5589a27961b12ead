package cz.sazba.transform;

import static cz.sazba.transform.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import cz.sazba.model.Block;
import cz.sazba.model.Book;
import cz.sazba.model.Citation;
import cz.sazba.model.CitationMark;
import cz.sazba.model.Cite;
import cz.sazba.model.CiteItem;
import cz.sazba.model.ContentsEntry;
import cz.sazba.model.ContentsList;
import cz.sazba.model.Division;
import cz.sazba.model.DivisionKind;
import cz.sazba.model.Document;
import cz.sazba.model.Foreign;
import cz.sazba.model.Heading;
import cz.sazba.model.Inlines;
import cz.sazba.model.Lang;
import cz.sazba.model.Link;
import cz.sazba.model.Paragraph;
import cz.sazba.model.ReferenceList;
import cz.sazba.model.ReferencesSlot;
import cz.sazba.model.Text;
import cz.sazba.model.TitlePage;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransformsTest {
  private static final Span G = Span.GENERATED;
  private final Diagnostics diagnostics = new Diagnostics();

  private static Text t(String s) {
    return new Text(s, G);
  }

  private static Cite cite(String key, String locator) {
    return new Cite(List.of(new CiteItem(key, Optional.ofNullable(locator), G)), G);
  }

  private Book article() {
    List<Block> intro = List.of(
        new Paragraph(List.of(t("Relations between "), new Foreign(new Lang("cs"),
            List.of(t("Československo a SSSR")), G), t(" were a story.")), G));
    List<Block> body = List.of(
        new Heading(1, "changes-in-interwar-relations", List.of(t("Changes in interwar relations")), G),
        new Paragraph(List.of(t("signed between the two states"), cite("outline1980", "p. 158")), G),
        new Heading(2, "world-war-ii", List.of(t("World War II"), cite("dvorak2014", null)), G),
        new Heading(3, "detail", List.of(t("Detail")), G),
        new Heading(1, "contents", List.of(t("Contents of the treaty")), G),
        new Heading(1, "references", List.of(t("References")), G),
        new ReferencesSlot(G));
    Document doc = document(metadata("en", List.of(outline(), portrety())), intro, body);
    return Transforms.apply(doc, diagnostics);
  }

  @Test
  void divisionsInOrderWithStableIds() {
    Book book = article();
    // A chapter begins at each level-1 heading, not at each file: the intro, then three chapters.
    assertEquals(List.of(DivisionKind.TITLE_PAGE, DivisionKind.COLOPHON, DivisionKind.CONTENTS,
        DivisionKind.CHAPTER, DivisionKind.CHAPTER, DivisionKind.CHAPTER, DivisionKind.CHAPTER),
        book.divisions().stream().map(Division::kind).toList());
    assertEquals(List.of("title", "colophon", "contents", "ch01", "ch02", "ch03", "ch04"),
        book.divisions().stream().map(Division::id).toList());
    TitlePage title = (TitlePage) book.divisions().get(0).blocks().get(0);
    assertEquals("Czechoslovakia–Soviet Union relations", title.title());
    assertEquals(List.of("Wikipedia contributors"), title.authors());
    assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
  }

  @Test
  void contentsListsLevelOneAndTwoHeadingsOfTheChapters() {
    Book book = article();
    List<Block> contents = book.divisions().get(2).blocks();
    Heading h = (Heading) contents.get(0);
    assertEquals("Contents", Inlines.plainText(h.content()));
    ContentsList list = (ContentsList) contents.get(1);
    assertEquals(List.of("changes-in-interwar-relations", "world-war-ii", "contents", "references"),
        list.entries().stream().map(ContentsEntry::targetId).toList());
    assertEquals(List.of(1, 2, 1, 1), list.entries().stream().map(ContentsEntry::level).toList());
    // The citation in the heading stays in the chapter but not in the contents entry.
    assertEquals("World War II", Inlines.plainText(list.entries().get(1).title()));
  }

  @Test
  void generatedHeadingIdsDoNotCollide() {
    Book book = article();
    Heading contentsHeading = (Heading) book.divisions().get(2).blocks().get(0);
    Heading about = (Heading) book.divisions().get(1).blocks().get(0);
    assertEquals("table-of-contents", contentsHeading.id());
    assertEquals("about-this-edition", about.id());
    // A manuscript heading already named like the generated one pushes it aside.
    Document doc = document(metadata("en", List.of()),
        List.of(new Heading(1, "about-this-edition", List.of(t("About")), G),
            new Heading(1, "table-of-contents", List.of(t("TOC")), G)));
    Book other = Transforms.apply(doc, new Diagnostics());
    assertEquals("about-this-edition-1", ((Heading) other.divisions().get(1).blocks().get(0)).id());
    assertEquals("table-of-contents-1", ((Heading) other.divisions().get(2).blocks().get(0)).id());
  }

  @Test
  void citationsAndReferenceListReachTheBook() {
    Book book = article();
    List<Block> ch2 = book.divisions().get(4).blocks();
    Citation c = (Citation) ((Paragraph) ch2.get(1)).content().get(1);
    assertEquals(new CitationMark(1, "ref-1", Optional.of("p. 158")), c.marks().get(0));
    assertEquals("1, p. 158", c.marks().get(0).label());
    List<Block> last = book.divisions().get(book.divisions().size() - 1).blocks();
    ReferenceList refs = (ReferenceList) last.get(last.size() - 1);
    assertEquals(2, refs.entries().size());
    assertEquals(List.of("cite-2"), refs.entries().get(1).citationIds());
  }

  @Test
  void czechSpacesAppliedOnlyToCzechPassagesOfAnEnglishBook() {
    Book book = article();
    Paragraph p = (Paragraph) book.divisions().get(3).blocks().get(0);
    assertEquals("Relations between Československo a\u00A0SSSR were a story.", Inlines.plainText(p.content()));
  }

  @Test
  void czechBookGetsCzechFrontMatterAndSpacesEverywhere() {
    Document doc = document(metadata("cs", List.of()),
        List.of(new Heading(1, "uvod", List.of(t("Úvod")), G), new Paragraph(List.of(t("Šli jsme k řece.")), G)));
    Book book = Transforms.apply(doc, diagnostics);
    // The generated heading gets the Czech rule too: "O" is a preposition.
    assertEquals("O\u00A0tomto vydání", Inlines.plainText(((Heading) book.divisions().get(1).blocks().get(0)).content()));
    Heading contents = (Heading) book.divisions().get(2).blocks().get(0);
    assertEquals("Obsah", Inlines.plainText(contents.content()));
    assertEquals("obsah", contents.id());
    assertEquals("Šli jsme k\u00A0řece.", Inlines.plainText(((Paragraph) book.divisions().get(3).blocks().get(1)).content()));
    String colophon = AttributionTest.text(book.divisions().get(1).blocks());
    assertTrue(colophon.contains("16. listopadu 2018, 09:21 UTC"), colophon);
    for (Block b : book.divisions().get(1).blocks()) {
      if (b instanceof Paragraph para) for (var i : para.content()) {
        if (i instanceof Link l) assertEquals(l.href(), Inlines.plainText(l.content()));
      }
    }
  }
}

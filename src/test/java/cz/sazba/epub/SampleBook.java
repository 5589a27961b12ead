package cz.sazba.epub;

import cz.sazba.font.FontStyle;
import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.Book;
import cz.sazba.model.Citation;
import cz.sazba.model.CitationMark;
import cz.sazba.model.ContentsEntry;
import cz.sazba.model.ContentsList;
import cz.sazba.model.Division;
import cz.sazba.model.DivisionKind;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Lang;
import cz.sazba.model.Layout;
import cz.sazba.model.License;
import cz.sazba.model.LineBreak;
import cz.sazba.model.Link;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.model.Metadata;
import cz.sazba.model.Paragraph;
import cz.sazba.model.ReferenceEntry;
import cz.sazba.model.ReferenceList;
import cz.sazba.model.SourceWork;
import cz.sazba.model.Strong;
import cz.sazba.model.Text;
import cz.sazba.model.TitlePage;
import cz.sazba.source.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small book built by hand with every kind of block and inline the EPUB writer renders. */
final class SampleBook {
  private SampleBook() {}

  static final Span S = Span.GENERATED;
  static final String CHAPTER_TITLE = "Czechoslovakia\u2013Soviet Union relations";

  static Text t(String s) {
    return new Text(s, S);
  }

  static Paragraph p(Inline... inlines) {
    return new Paragraph(List.of(inlines), S);
  }

  static Foreign cs(String s) {
    return new Foreign(new Lang("cs"), List.of(t(s)), S);
  }

  static Citation cite(String id, int number, String target, String locator) {
    return new Citation(id, List.of(new CitationMark(number, target, Optional.ofNullable(locator))), S);
  }

  static Book book() {
    return book("The Prague Spring ended when Warsaw Pact troops entered Czechoslovakia in August 1968.");
  }

  /** The sample book with one sentence of the first chapter replaced, to see the identifier change. */
  static Book book(String sentence) {
    Metadata metadata = new Metadata(
        CHAPTER_TITLE,
        Optional.of("A Wikipedia article"),
        new Lang("en"),
        List.of("Wikipedia contributors"),
        Optional.of("2024-05-01"),
        Optional.empty(),
        Optional.of(new License("CC-BY-SA-3.0", "Creative Commons Attribution-ShareAlike 3.0 Unported",
            URI.create("https://creativecommons.org/licenses/by-sa/3.0/"))),
        Optional.of(new SourceWork(CHAPTER_TITLE,
            URI.create("https://en.wikipedia.org/w/index.php?title=Czechoslovakia%E2%80%93Soviet_Union_relations&oldid=1234567890"),
            Optional.of("1234567890"), Optional.of(OffsetDateTime.parse("2024-04-30T12:00:00Z")), Optional.empty())),
        List.of("Set as a book; citations numbered."),
        List.of(),
        Layout.defaults(),
        S);

    Division title = new Division(DivisionKind.TITLE_PAGE, "title",
        List.of(new TitlePage(CHAPTER_TITLE, Optional.of("A Wikipedia article"), List.of("Wikipedia contributors"), S)));

    Division colophon = new Division(DivisionKind.COLOPHON, "colophon", List.of(
        p(t("This book is made from the Wikipedia article \u201c"),
            new Link("https://en.wikipedia.org/w/index.php?title=Czechoslovakia%E2%80%93Soviet_Union_relations&oldid=1234567890",
                List.of(t(CHAPTER_TITLE)), S),
            t("\u201d by its contributors.")),
        p(t("It is licensed under "),
            new Link("https://creativecommons.org/licenses/by-sa/3.0/",
                List.of(t("CC\u00a0BY-SA\u00a03.0")), S),
            t(". Changes: set as a book; citations numbered."))));

    Division contents = new Division(DivisionKind.CONTENTS, "contents", List.of(
        new ContentsList(List.of(
            new ContentsEntry(1, "relations", List.of(t(CHAPTER_TITLE))),
            new ContentsEntry(2, "history", List.of(t("History"))),
            new ContentsEntry(3, "prague-spring", List.of(t("The Prague Spring and "), cs("normalizace"))),
            new ContentsEntry(1, "references", List.of(t("References")))), S)));

    List<Block> ch1 = new ArrayList<>();
    ch1.add(new Heading(1, "relations", List.of(t(CHAPTER_TITLE)), S));
    ch1.add(p(t("Relations between "), new Emph(List.of(t("Czechoslovakia")), S), t(" and the "),
        new Strong(List.of(t("Soviet Union")), S), t(" were close after 1945 "),
        cite("cite-1", 1, "ref-1", "p.\u00a0158"), t(". Quotes \"like these\" & signs <stay> text.")));
    ch1.add(new Heading(2, "history", List.of(t("History")), S));
    ch1.add(p(t("The state was called "), cs("\u010ceskoslovensk\u00e1 socialistick\u00e1 republika"),
        t(" from 1960 "), cite("cite-2", 2, "ref-2", null), t("."), new LineBreak(S),
        t("See also the "), new Link("#references", List.of(t("references")), S), t(".")));
    ch1.add(new Heading(3, "prague-spring", List.of(t("The Prague Spring and "), cs("normalizace")), S));
    ch1.add(p(t(sentence)));
    ch1.add(new BlockQuote(List.of(p(cs("\u017dlu\u0165ou\u010dk\u00fd k\u016f\u0148 \u00fap\u011bl \u010f\u00e1belsk\u00e9 \u00f3dy.")),
        p(t("A sentence in English inside the quotation."))), S));
    ch1.add(new ListBlock(false, 1, List.of(
        new ListItem(List.of(p(t("the treaty of 1943,"))), S),
        new ListItem(List.of(p(t("the invasion of 1968, and"))), S),
        new ListItem(List.of(p(t("the withdrawal of 1991."))), S)), S));
    ch1.add(new ListBlock(true, 3, List.of(
        new ListItem(List.of(p(t("Third point, numbered from three "),
            new Citation("cite-3", List.of(new CitationMark(1, "ref-1", Optional.empty()),
                new CitationMark(2, "ref-2", Optional.of("ch.\u00a02"))), S), t("."))), S)), S));
    Division chapter1 = new Division(DivisionKind.CHAPTER, "ch01", ch1);

    Division chapter2 = new Division(DivisionKind.CHAPTER, "ch02", List.of(
        new Heading(1, "references", List.of(t("References")), S),
        new ReferenceList(List.of(
            new ReferenceEntry(1, "ref-1", "smith", List.of(t("Smith, J. "),
                new Emph(List.of(t("Moscow and Prague")), S), t(". London: Example Press, 1999.")), List.of("cite-1", "cite-3")),
            new ReferenceEntry(2, "ref-2", "novak", List.of(t("Nov\u00e1k, P. "),
                new Emph(List.of(cs("D\u011bjiny \u010ceskoslovenska")), S), t(". Praha, 2001. "),
                new Link("https://example.org/novak?a=1&b=2", List.of(t("https://example.org/novak?a=1&b=2")), S)),
                List.of("cite-2", "cite-3"))), S)));

    return new Book(metadata, List.of(title, colophon, contents, chapter1, chapter2));
  }

  static List<EpubFont> fonts() {
    return List.of(
        font(FontStyle.REGULAR, "GentiumBookPlus-Regular.ttf"),
        font(FontStyle.ITALIC, "GentiumBookPlus-Italic.ttf"),
        font(FontStyle.BOLD, "GentiumBookPlus-Bold.ttf"),
        font(FontStyle.BOLD_ITALIC, "GentiumBookPlus-BoldItalic.ttf"));
  }

  private static EpubFont font(FontStyle style, String file) {
    try (InputStream in = SampleBook.class.getClassLoader().getResourceAsStream("cz/sazba/fonts/" + file)) {
      if (in == null) throw new IllegalStateException("font not on the class path: " + file);
      return new EpubFont(style, file, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package cz.sazba.transform;

import static cz.sazba.transform.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Inline;
import cz.sazba.model.Inlines;
import cz.sazba.model.Lang;
import cz.sazba.model.Link;
import cz.sazba.model.Reference;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceFormatterTest {
  private final ReferenceFormatter english = new ReferenceFormatter(new Lang("en"));
  private final ReferenceFormatter czech = new ReferenceFormatter(new Lang("cs"));

  @Test
  void bookOfInstitutionsReadsAsTheArticleDid() {
    List<Inline> out = english.format(outline());
    assertEquals("Institute of Marxism-Leninism of the CPCz CC, Institute of Marxism-Leninism of the CPS CC."
        + " An Outline of the History of the CPCz. Prague: Orbis Press Agency, 1980.", Inlines.plainText(out));
    Emph title = out.stream().filter(i -> i instanceof Emph).map(i -> (Emph) i).findFirst().orElseThrow();
    assertEquals("An Outline of the History of the CPCz", Inlines.plainText(title.content()));
    // Same language as the book: not marked foreign.
    assertFalse(title.content().get(0) instanceof Foreign);
  }

  @Test
  void czechPdfReadsAsTheArticleDid() {
    List<Inline> out = english.format(portrety());
    assertEquals("Dvořák, Jan; Horník, Jan; Hradilek, Adam. \u201CPortréty deportovaných ve světle dokumentů NKVD\u201D"
        + " (http://www.ustrc.cz/data/pdf/pamet-dejiny/pad1404/101-118.pdf) (PDF). ÚSTR. Retrieved 18 June 2015.",
        Inlines.plainText(out));
    Link link = out.stream().filter(i -> i instanceof Link).map(i -> (Link) i).findFirst().orElseThrow();
    assertEquals("http://www.ustrc.cz/data/pdf/pamet-dejiny/pad1404/101-118.pdf", link.href());
    assertEquals(link.href(), Inlines.plainText(link.content()));
    Foreign title = out.stream().filter(i -> i instanceof Foreign).map(i -> (Foreign) i).findFirst().orElseThrow();
    assertEquals("cs", title.lang().tag());
    assertEquals("Portréty deportovaných ve světle dokumentů NKVD", Inlines.plainText(title.content()));
  }

  @Test
  void czechBookUsesCzechTermsQuotesAndGenitiveMonth() {
    List<Inline> out = czech.format(portrety());
    assertEquals("Dvořák, Jan; Horník, Jan; Hradilek, Adam. \u201EPortréty deportovaných ve světle dokumentů NKVD\u201C"
        + " (http://www.ustrc.cz/data/pdf/pamet-dejiny/pad1404/101-118.pdf) (PDF). ÚSTR. Citováno 18. června 2015.",
        Inlines.plainText(out));
    // A Czech title in a Czech book is not foreign.
    assertTrue(out.stream().noneMatch(i -> i instanceof Foreign));
    // ...and an English one is.
    assertTrue(czech.format(outline()).stream()
        .anyMatch(i -> i instanceof Emph e && e.content().get(0) instanceof Foreign f && f.lang().tag().equals("en")));
  }

  @Test
  void languageComparesPrimarySubtagsOnly() {
    Reference r = withLanguage(portrety(), "en-GB");
    assertTrue(english.format(r).stream().noneMatch(i -> i instanceof Foreign));
  }

  @Test
  void titleEndingInPunctuationGetsNoSecondFullStop() {
    Reference r = outline();
    r = new Reference(r.id(), r.type(), List.of(person("Smith", "J.")), Optional.of("What Is to Be Done?"),
        r.containerTitle(), r.publisher(), r.publisherPlace(), r.issued(), r.accessed(), r.url(), r.page(),
        r.medium(), r.language(), r.span());
    assertEquals("Smith, J. What Is to Be Done? Prague: Orbis Press Agency, 1980.",
        Inlines.plainText(english.format(r)));
  }

  @Test
  void mixedPersonsAndInstitutionsUseSemicolons() {
    assertEquals("Novák, Petr; ÚSTR",
        ReferenceFormatter.authorNames(List.of(person("Novák", "Petr"), literal("ÚSTR"))));
  }

  @Test
  void journalArticleAndChapter() {
    Reference article = new Reference("a", "article-journal", List.of(person("Novák", "Petr")),
        Optional.of("On Treaties"), Optional.of("Slavic Review"), Optional.empty(), Optional.empty(),
        Optional.of(year(1999)), Optional.empty(), Optional.empty(), Optional.of("45–67"), Optional.empty(),
        Optional.empty(), OUTLINE_SPAN);
    assertEquals("Novák, Petr (1999). \u201COn Treaties\u201D. Slavic Review: 45–67.",
        Inlines.plainText(english.format(article)));
    Reference chapter = new Reference("c", "chapter", List.of(person("Novák", "Petr")),
        Optional.of("On Treaties"), Optional.of("Essays"), Optional.of("Academia"), Optional.of("Praha"),
        Optional.of(year(2001)), Optional.empty(), Optional.empty(), Optional.of("5-9"), Optional.empty(),
        Optional.empty(), OUTLINE_SPAN);
    assertEquals("Novák, Petr. \u201COn Treaties\u201D. In Essays. Praha: Academia, 2001. pp.\u00A05-9.",
        Inlines.plainText(english.format(chapter)));
  }

  @Test
  void webPageWithoutAuthorsPutsItsDateAfterThePublisher() {
    Reference r = new Reference("w", "webpage", List.of(), Optional.of("Treaty text"), Optional.empty(),
        Optional.of("Archive"), Optional.empty(), Optional.of(new cz.sazba.model.CslDate(1935,
            java.util.OptionalInt.of(5), java.util.OptionalInt.empty())),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OUTLINE_SPAN);
    assertEquals("\u201CTreaty text\u201D. Archive. May 1935.", Inlines.plainText(english.format(r)));
    assertEquals("\u201ETreaty text\u201C. Archive. květen 1935.", Inlines.plainText(czech.format(r)));
  }

  private static Reference withLanguage(Reference r, String lang) {
    return new Reference(r.id(), r.type(), r.authors(), r.title(), r.containerTitle(), r.publisher(),
        r.publisherPlace(), r.issued(), r.accessed(), r.url(), r.page(), r.medium(),
        Optional.of(new Lang(lang)), r.span());
  }
}

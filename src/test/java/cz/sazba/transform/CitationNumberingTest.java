package cz.sazba.transform;

import static cz.sazba.transform.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import cz.sazba.model.Block;
import cz.sazba.model.Citation;
import cz.sazba.model.Cite;
import cz.sazba.model.CiteItem;
import cz.sazba.model.Document;
import cz.sazba.model.Emph;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Inlines;
import cz.sazba.model.Metadata;
import cz.sazba.model.Paragraph;
import cz.sazba.model.Reference;
import cz.sazba.model.ReferenceEntry;
import cz.sazba.model.ReferenceList;
import cz.sazba.model.ReferencesSlot;
import cz.sazba.model.Text;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Severity;
import cz.sazba.source.SourceFile;
import cz.sazba.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CitationNumberingTest {
  private static final String TEXT =
      "the two states[@outline1980, p. 158] ... labor camps.[@dvorak2014]\n\n::: {#refs}\n:::\n";
  private final SourceFile chapterFile = new SourceFile("01.md", TEXT);
  private final Diagnostics diagnostics = new Diagnostics();

  private Cite cite(String key, String locator) {
    int at = TEXT.indexOf("@" + key);
    int end = TEXT.indexOf(']', at);
    return new Cite(List.of(new CiteItem(key, Optional.ofNullable(locator), chapterFile.span(at, at + 1 + key.length()))),
        chapterFile.span(at - 1, end + 1));
  }

  private Text text(String s) {
    return new Text(s, Span.GENERATED);
  }

  /** The article's shape: two paragraphs citing each source once, then the list. */
  private Document article(List<Reference> references) {
    List<Block> blocks = List.of(
        new Heading(1, "changes-in-interwar-relations", List.of(text("Changes in interwar relations")), Span.GENERATED),
        new Paragraph(List.of(text("signed between the two states"), cite("outline1980", "p. 158"),
            text(" as the consequence")), Span.GENERATED),
        new Paragraph(List.of(text("sent to the labor camps."), cite("dvorak2014", null)), Span.GENERATED),
        new Heading(1, "references", List.of(text("References")), Span.GENERATED),
        new ReferencesSlot(chapterFile.span(TEXT.indexOf(":::"), TEXT.length())));
    return document(metadata("en", references), blocks);
  }

  @Test
  void realArticleShape() {
    Document out = CitationNumbering.apply(article(List.of(outline(), portrety())), diagnostics);
    assertFalse(diagnostics.hasErrors());
    assertTrue(diagnostics.sorted().isEmpty());
    List<Block> blocks = out.chapters().get(0).blocks();
    Paragraph first = (Paragraph) blocks.get(1);
    Citation c1 = (Citation) first.content().get(1);
    assertEquals("cite-1", c1.id());
    assertEquals("1, p. 158", c1.marks().get(0).label());
    assertEquals("ref-1", c1.marks().get(0).targetId());
    assertEquals("signed between the two states[1, p. 158] as the consequence", Inlines.plainText(first.content()));
    Citation c2 = (Citation) ((Paragraph) blocks.get(2)).content().get(1);
    assertEquals("cite-2", c2.id());
    assertEquals("2", c2.marks().get(0).label());

    ReferenceList list = (ReferenceList) blocks.get(4);
    assertEquals(blocks.size(), 5, "slot replaced in place, nothing appended");
    assertEquals(2, list.entries().size());
    ReferenceEntry e1 = list.entries().get(0);
    assertEquals(1, e1.number());
    assertEquals("ref-1", e1.id());
    assertEquals("outline1980", e1.key());
    assertEquals(List.of("cite-1"), e1.citationIds());
    assertEquals("Institute of Marxism-Leninism of the CPCz CC, Institute of Marxism-Leninism of the CPS CC."
        + " An Outline of the History of the CPCz. Prague: Orbis Press Agency, 1980.", Inlines.plainText(e1.content()));
    assertEquals("dvorak2014", list.entries().get(1).key());
    assertTrue(Inlines.plainText(list.entries().get(1).content()).endsWith("ÚSTR. Retrieved 18 June 2015."));
  }

  /** Narrative citations in a numeric style, as citeproc sets them with one: the names, then the number. */
  @Test
  void narrativeCitationsNameTheAuthorsBeforeTheNumber() {
    Metadata m = metadata("en", List.of(portrety(), outline()));
    Cite narrative = new Cite(List.of(new CiteItem("dvorak2014", Optional.of("p. 4"), Span.GENERATED)), true, Span.GENERATED);
    Cite literal = new Cite(List.of(new CiteItem("outline1980", Optional.empty(), Span.GENERATED)), true, Span.GENERATED);
    Cite prefixed = new Cite(List.of(new CiteItem("dvorak2014", Optional.of("p. 4"), Optional.of("see"), Span.GENERATED),
        new CiteItem("outline1980", Optional.empty(), Optional.of("also"), Span.GENERATED)), Span.GENERATED);
    List<Block> blocks = List.of(new Paragraph(List.of(narrative, text(" wrote; "), literal, text(" too; "),
        cite("dvorak2014", null), text(" "), prefixed), Span.GENERATED));
    Document out = CitationNumbering.apply(document(m, blocks), diagnostics);
    assertFalse(diagnostics.hasErrors());
    Paragraph p = (Paragraph) out.chapters().get(0).blocks().get(0);
    assertEquals("Dvořák et al.\u00A0[1, p. 4] wrote; Institute of Marxism-Leninism of the CPCz CC and Institute of Marxism-Leninism of the CPS CC\u00A0[2] too; [1] [see 1, p. 4; also 2]",
        Inlines.plainText(p.content()));
  }

  @Test
  void numbersFollowFirstCitationAndRepeatsShareTheirNumber() {
    // Metadata order is the reverse of citation order: numbering must follow the text.
    Metadata m = metadata("en", List.of(portrety(), outline()));
    List<Block> blocks = List.of(
        new Paragraph(List.of(text("a"), cite("outline1980", null)), Span.GENERATED),
        new Paragraph(List.of(new Emph(List.of(text("b"), cite("dvorak2014", null)), Span.GENERATED)), Span.GENERATED),
        new Paragraph(List.of(text("c"), cite("outline1980", "p. 3")), Span.GENERATED));
    Document out = CitationNumbering.apply(document(m, blocks), diagnostics);
    List<Citation> citations = citations(out.chapters().get(0).blocks());
    assertEquals(List.of("cite-1", "cite-2", "cite-3"), citations.stream().map(Citation::id).toList());
    assertEquals(List.of("1", "2", "1, p. 3"),
        citations.stream().map(c -> c.marks().get(0).label()).toList());
    ReferenceList list = (ReferenceList) out.chapters().get(0).blocks().get(blocks.size() + 1);
    assertEquals(List.of("outline1980", "dvorak2014"), list.entries().stream().map(ReferenceEntry::key).toList());
    assertEquals(List.of("cite-1", "cite-3"), list.entries().get(0).citationIds());
    assertEquals(List.of("cite-2"), list.entries().get(1).citationIds());
  }

  @Test
  void severalKeysInOneCitation() {
    Span s = chapterFile.span(0, 1);
    Cite both = new Cite(List.of(new CiteItem("dvorak2014", Optional.empty(), s),
        new CiteItem("outline1980", Optional.of("p. 9"), s)), s);
    Document out = CitationNumbering.apply(document(metadata("en", List.of(outline(), portrety())),
        List.of(new Paragraph(List.of(both), Span.GENERATED))), diagnostics);
    Citation c = citations(out.chapters().get(0).blocks()).get(0);
    assertEquals("[1; 2, p. 9]", Inlines.plainText(List.of(c)));
  }

  @Test
  void unknownKeyIsReportedAtItsItemWithTheClosestKey() {
    String text = "Signed.[@outline1908]";
    SourceFile file = new SourceFile("02.md", text);
    int at = text.indexOf('@');
    Cite bad = new Cite(List.of(new CiteItem("outline1908", Optional.empty(), file.span(at, at + 12))),
        file.span(at - 1, text.length()));
    Document out = CitationNumbering.apply(document(metadata("en", List.of(outline(), portrety())),
        List.of(new Paragraph(List.of(text("Signed."), bad), Span.GENERATED))), diagnostics);
    Diagnostic d = errors().get(0);
    assertEquals("cite-unknown", d.code());
    assertEquals("no reference with the key 'outline1908' in metadata.yaml", d.message());
    assertEquals(Optional.of("did you mean 'outline1980'?"), d.hint());
    assertEquals("02.md:1:9", d.span().location());
    assertEquals(at, d.span().start());
    // Nothing to link to: the citation is dropped, no list is made.
    assertEquals("Signed.", Inlines.plainText(((Paragraph) out.chapters().get(0).blocks().get(0)).content()));
  }

  @Test
  void unknownKeyFarFromAnyNamesTheFile() {
    Span s = chapterFile.span(3, 8);
    CitationNumbering.apply(document(metadata("en", List.of(outline())),
        List.of(new Paragraph(List.of(new Cite(List.of(new CiteItem("zz", Optional.empty(), s)), s)), Span.GENERATED))),
        diagnostics);
    assertEquals(Optional.of("add a reference with id 'zz' to the references list of metadata.yaml"),
        errors().get(0).hint());
  }

  @Test
  void duplicateReferenceIdsAreErrorsAtTheSecond() {
    Reference again = new Reference("outline1980", "book", List.of(), Optional.of("Other"), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), PORTRETY_SPAN);
    CitationNumbering.apply(document(metadata("en", List.of(outline(), again)),
        List.of(new Paragraph(List.of(cite("outline1980", null)), Span.GENERATED))), diagnostics);
    Diagnostic d = errors().get(0);
    assertEquals("reference-duplicate", d.code());
    assertEquals(PORTRETY_SPAN, d.span());
    assertTrue(d.hint().orElseThrow().contains(OUTLINE_SPAN.location()));
  }

  @Test
  void uncitedReferenceIsLeftOutWithAWarning() {
    Document out = CitationNumbering.apply(document(metadata("en", List.of(outline(), portrety())),
        List.of(new Paragraph(List.of(cite("dvorak2014", null)), Span.GENERATED), new ReferencesSlot(Span.GENERATED))),
        diagnostics);
    assertFalse(diagnostics.hasErrors());
    Diagnostic d = diagnostics.sorted().get(0);
    assertEquals(Severity.WARNING, d.severity());
    assertEquals("reference-unused", d.code());
    assertEquals(OUTLINE_SPAN, d.span());
    ReferenceList list = (ReferenceList) out.chapters().get(0).blocks().get(1);
    assertEquals(List.of("dvorak2014"), list.entries().stream().map(ReferenceEntry::key).toList());
    assertEquals(1, list.entries().get(0).number());
  }

  @Test
  void withoutASlotTheListEndsTheLastChapterUnderAUniqueHeading() {
    Metadata m = metadata("en", List.of(outline()));
    List<Block> one = List.of(new Paragraph(List.of(cite("outline1980", null)), Span.GENERATED));
    List<Block> two = List.of(new Heading(1, "references", List.of(text("References of the period")), Span.GENERATED));
    Document out = CitationNumbering.apply(document(m, one, two), diagnostics);
    assertEquals(1, out.chapters().get(0).blocks().size());
    List<Block> last = out.chapters().get(1).blocks();
    assertEquals(3, last.size());
    Heading h = (Heading) last.get(1);
    assertEquals(1, h.level());
    assertEquals("references-1", h.id());
    assertEquals("References", Inlines.plainText(h.content()));
    assertInstanceOf(ReferenceList.class, last.get(2));
  }

  @Test
  void aSecondSlotIsAnError() {
    Span second = chapterFile.span(40, 50);
    Document out = CitationNumbering.apply(document(metadata("en", List.of(outline())),
        List.of(new Paragraph(List.of(cite("outline1980", null)), Span.GENERATED),
            new ReferencesSlot(Span.GENERATED), new ReferencesSlot(second))), diagnostics);
    Diagnostic d = errors().get(0);
    assertEquals("references-slot-duplicate", d.code());
    assertEquals(second, d.span());
    List<Block> blocks = out.chapters().get(0).blocks();
    assertEquals(2, blocks.size());
    assertInstanceOf(ReferenceList.class, blocks.get(1));
  }

  @Test
  void noCitationsNoListAndTheSlotGoes() {
    Document out = CitationNumbering.apply(document(metadata("en", List.of()),
        List.of(new Paragraph(List.of(text("x")), Span.GENERATED), new ReferencesSlot(Span.GENERATED))), diagnostics);
    assertEquals(1, out.chapters().get(0).blocks().size());
  }

  private List<Diagnostic> errors() {
    return diagnostics.sorted().stream().filter(d -> d.severity() == Severity.ERROR).toList();
  }

  private static List<Citation> citations(List<Block> blocks) {
    List<Citation> out = new ArrayList<>();
    for (Block b : blocks) if (b instanceof Paragraph p) collect(p.content(), out);
    return out;
  }

  private static void collect(List<Inline> inlines, List<Citation> out) {
    for (Inline i : inlines) {
      if (i instanceof Citation c) out.add(c);
      else if (i instanceof Emph e) collect(e.content(), out);
    }
  }
}

package cz.sazba.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.typeset.page.Glyph;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.LaidOutBook;
import cz.sazba.typeset.page.Page;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Sp;
import cz.sazba.typeset.page.Tag;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The writer's small pieces: number formatting, labels, CMaps, XMP, conflicting glyph texts. */
class PdfPartsTest {
  @Test
  void numbersHaveAtMostThreeDecimalsAndNoLocale() {
    assertEquals("10.5", PdfNumbers.points(Sp.of(10.5)));
    assertEquals("0", PdfNumbers.points(0));
    assertEquals("-0.25", PdfNumbers.milli(-250));
    assertEquals("419.528", PdfNumbers.points(Sp.of(419.528)));
    assertEquals("0.001", PdfNumbers.milli(1));
    assertEquals(500, PdfNumbers.glyphSpaceMilli(1, 2) / 1000);
  }

  @Test
  void romanFoliosParseOnlyInCanonicalForm() {
    assertEquals(4, PageLabels.Roman.parse("iv"));
    assertEquals(14, PageLabels.Roman.parse("xiv"));
    assertEquals(-1, PageLabels.Roman.parse("iiii"));
    assertEquals(-1, PageLabels.Roman.parse("Index"));
    assertEquals("xlii", PageLabels.Roman.format(42));
  }

  @Test
  void toUnicodeWritesLigaturesAsSeveralCharactersAndSplitsBlocks() {
    TreeMap<Integer, String> map = new TreeMap<>();
    for (int i = 1; i <= 150; i++) map.put(i, "a");
    map.put(151, "ffi");
    map.put(152, "\uD835\uDC00"); // mathematical bold A: a surrogate pair
    String cmap = new String(ToUnicodeCMap.write(map), StandardCharsets.US_ASCII);
    assertTrue(cmap.contains("<0097> <006600660069>"), cmap);
    assertTrue(cmap.contains("<0098> <D835DC00>"), cmap);
    assertTrue(cmap.contains("100 beginbfchar") && cmap.contains("52 beginbfchar"), cmap);
  }

  @Test
  void subsetTagIsSixCapitalsAndDependsOnTheGlyphSet() {
    String a = EmbeddedFont.subsetTag("Gentium", List.of(1, 2, 3));
    assertTrue(a.matches("[A-Z]{6}"), a);
    assertEquals(a, EmbeddedFont.subsetTag("Gentium", List.of(1, 2, 3)));
    assertTrue(!a.equals(EmbeddedFont.subsetTag("Gentium", List.of(1, 2, 4))));
  }

  @Test
  void xmpIsWellFormedXmlWithEscapedText() throws Exception {
    DocumentDescription d = DocumentDescription.of(TestBook.metadata(), List.of("cs", "de", "cs"),
        Instant.parse("2024-03-01T12:34:56Z"));
    byte[] xmp = XmpPacket.write(new DocumentDescription(
        "Tom & Jerry <1>", d.subject(), d.creators(), d.author(), d.languages(), d.rights(), d.license(), d.timestamp()));
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xmp));
    assertEquals("x:xmpmeta", doc.getDocumentElement().getNodeName());
    String text = new String(xmp, StandardCharsets.UTF_8);
    assertTrue(text.contains("Tom &amp; Jerry &lt;1&gt;"));
    assertEquals(List.of("en", "cs", "de"), d.languages());
    assertTrue(d.rights().get().contains("Creative Commons Attribution-ShareAlike 3.0 Unported"));
  }

  @Test
  void aParagraphAcrossPagesUsesAnMcrForTheSecondPage() {
    var root = new cz.sazba.typeset.page.StructNode(1, cz.sazba.typeset.page.StructRole.DOCUMENT,
        Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(new cz.sazba.typeset.page.StructNode(2, cz.sazba.typeset.page.StructRole.PARAGRAPH,
            Optional.empty(), Optional.empty(), Optional.empty(), List.of())));
    List<org.apache.pdfbox.cos.COSDictionary> pages =
        List.of(new org.apache.pdfbox.cos.COSDictionary(), new org.apache.pdfbox.cos.COSDictionary());
    var treeRoot = StructureTree.build(root, pages,
        List.of(new StructureTree.Content(2, 0, 0, null), new StructureTree.Content(2, 1, 0, null)),
        List.of(List.of(2), List.of(2)));
    var document = treeRoot.getCOSDictionary(org.apache.pdfbox.cos.COSName.K);
    var p = (org.apache.pdfbox.cos.COSDictionary) document.getCOSArray(org.apache.pdfbox.cos.COSName.K).getObject(0);
    assertTrue(p.getCOSDictionary(org.apache.pdfbox.cos.COSName.PG) == pages.get(0));
    var kids = p.getCOSArray(org.apache.pdfbox.cos.COSName.K);
    assertEquals(0, kids.getInt(0));
    var mcr = (org.apache.pdfbox.cos.COSDictionary) kids.getObject(1);
    assertEquals("MCR", mcr.getNameAsString(org.apache.pdfbox.cos.COSName.TYPE));
    assertTrue(mcr.getCOSDictionary(org.apache.pdfbox.cos.COSName.PG) == pages.get(1));
    assertEquals(1, pages.get(1).getInt(org.apache.pdfbox.cos.COSName.STRUCT_PARENTS));
  }

  @Test
  void aGlyphShownForTwoTextsGetsActualTextTheSecondTime() throws Exception {
    LaidOutBook book = TestBook.book();
    int a = TestBook.regular().glyphId('a');
    List<Page> pages = new ArrayList<>(book.pages());
    List<PageElement> elements = new ArrayList<>(pages.get(2).elements());
    // The same glyph first as "a", then standing for "α" (as a font might reuse an outline).
    elements.add(new GlyphRun(TestBook.regular(), Sp.of(10), Sp.of(300),
        List.of(new Glyph(a, Sp.of(60), "α")), Optional.empty(), Tag.of(TestBook.P2)));
    Page p = pages.get(2);
    pages.set(2, Page.flat(p.index(), p.label(), p.width(), p.height(), elements));
    byte[] pdf = PdfWriter.write(
        new LaidOutBook(book.metadata(), pages, book.anchors(), book.outline(), book.structure()),
        Instant.EPOCH);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = ActualTextStripper.text(doc);
      assertTrue(text.contains("α"), text);
      assertTrue(text.contains("Read more on Wikipedia."), text);
    }
  }
}

package cz.sazba.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.typeset.page.Glyph;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.LaidOutBook;
import cz.sazba.typeset.page.Page;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Sp;
import cz.sazba.typeset.page.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfWriterTest {
  static final Instant TIMESTAMP = Instant.parse("2024-03-01T12:34:56Z");
  static byte[] pdf;

  @BeforeAll
  static void write() {
    pdf = PdfWriter.write(TestBook.book(), TIMESTAMP);
  }

  @Test
  void headerIsPdf17WithBinaryComment() {
    String head = new String(pdf, 0, 9, StandardCharsets.ISO_8859_1);
    assertEquals("%PDF-1.7\n", head.replace("\r", ""));
    assertTrue((pdf[10] & 0xff) > 127, "second line is a comment of high-bit bytes");
  }

  @Test
  void textReadsAsWordsWithActualTextHonoured() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = ActualTextStripper.text(doc);
      assertTrue(text.contains("Vztahy Československa a SSSR"), text);
      assertTrue(text.contains("The office used the name Československá republika"), text);
      assertTrue(text.contains("correspondence"), text);
      assertFalse(text.contains("corres-"), text);
      assertFalse(text.contains("\npondence"), "the second half has an empty ActualText: " + text);
      assertTrue(text.contains("official visits."), text);
      assertTrue(text.contains("Read more on Wikipedia."), text);
    }
  }

  @Test
  void pdfboxOwnStripperAgrees() throws IOException {
    // PDFBox 3.0.8's stripper honours ActualText too; the two readers must not disagree.
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertEquals(ActualTextStripper.text(doc), text);
      assertTrue(text.contains("The office used"), text);
    }
  }

  @Test
  void fontsAreEmbeddedSubsetsWithTheirOwnToUnicode() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int fonts = 0;
      boolean sawLigature = false;
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          fonts++;
          PDType0Font type0 = (PDType0Font) font;
          assertTrue(type0.getName().matches("[A-Z]{6}\\+GentiumBookPlus.*"), type0.getName());
          PDCIDFont cid = type0.getDescendantFont();
          assertTrue(cid.isEmbedded());
          assertNotNull(cid.getFontDescriptor().getFontFile2(), "FontFile2 present");
          assertEquals(COSName.IDENTITY, cid.getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP));
          for (int code = 1; code < 400; code++) {
            if ("ffi".equals(type0.toUnicode(code))) sawLigature = true;
          }
        }
      }
      assertTrue(fonts >= 4, "fonts in page resources: " + fonts);
      assertTrue(sawLigature, "a CID maps to \"ffi\" in some ToUnicode map");
    }
  }

  @Test
  void theTestBookReallyUsesTheFfiLigature() {
    boolean found = false;
    for (Page page : TestBook.book().pages()) {
      for (PageElement e : page.elements()) {
        if (e instanceof GlyphRun run) for (Glyph g : run.glyphs()) found |= g.text().equals("ffi");
      }
    }
    assertTrue(found, "Gentium's liga should turn f+f+i into one glyph");
  }

  @Test
  void glyphsLandWhereTheTypesetterPutThem() throws IOException {
    List<TextPosition> seen = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      org.apache.pdfbox.text.PDFTextStripper s = new org.apache.pdfbox.text.PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          seen.add(text);
        }
      };
      s.setStartPage(2);
      s.setEndPage(2);
      s.getText(doc);
    }
    List<Glyph> expected = new ArrayList<>();
    for (PageElement e : TestBook.book().pages().get(1).elements()) {
      if (e instanceof GlyphRun run) expected.addAll(run.glyphs());
    }
    assertEquals(expected.size(), seen.size());
    for (int i = 0; i < expected.size(); i++) {
      double want = Sp.toPoints(expected.get(i).x());
      assertEquals(want, seen.get(i).getTextMatrix().getTranslateX(), 0.002, "glyph " + i);
    }
  }

  @Test
  void outlineKeepsCzechDiacriticsAndPointsAtAnchors() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDOutlineItem first = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
      assertEquals("Vztahy Československa a SSSR", first.getTitle());
      PDOutlineItem child = first.getFirstChild();
      assertEquals("Oficiální návštěvy", child.getTitle());
      PDPageXYZDestination d = (PDPageXYZDestination) child.getDestination();
      assertEquals(2, doc.getPages().indexOf(d.getPage()));
      assertEquals(535, d.getTop());
      assertEquals("UseOutlines", doc.getDocumentCatalog().getCOSObject().getNameAsString(COSName.PAGE_MODE));
    }
  }

  @Test
  void linksAreTaggedAnnotationsWithDestinations() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<PDAnnotation> onOne = doc.getPage(1).getAnnotations();
      assertEquals(1, onOne.size());
      PDAnnotationLink internal = (PDAnnotationLink) onOne.get(0);
      assertEquals("Go to the section Official visits", internal.getContents());
      PDPageXYZDestination d = (PDPageXYZDestination) ((PDActionGoTo) internal.getAction()).getDestination();
      assertEquals(2, doc.getPages().indexOf(d.getPage()));
      COSArray border = internal.getCOSObject().getCOSArray(COSName.BORDER);
      assertEquals(0, border.getInt(2), "border width 0");
      assertEquals(4, internal.getAnnotationFlags(), "Print flag only");
      assertTrue(internal.getStructParent() >= 3, "annotation keys come after the pages' keys");

      PDAnnotationLink external = (PDAnnotationLink) doc.getPage(2).getAnnotations().get(0);
      assertEquals(TestBook.WIKIPEDIA, ((PDActionURI) external.getAction()).getURI());
      assertEquals("The Wikipedia article", external.getContents());

      // The Link element holds both its marked content and the annotation (OBJR).
      COSDictionary parentTree = doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject()
          .getCOSDictionary(COSName.PARENT_TREE);
      COSArray nums = parentTree.getCOSArray(COSName.NUMS);
      COSDictionary linkElement = null;
      for (int i = 0; i < nums.size(); i += 2) {
        if (nums.getInt(i) == internal.getStructParent()) linkElement = (COSDictionary) nums.getObject(i + 1);
      }
      assertNotNull(linkElement);
      assertEquals("Link", linkElement.getNameAsString(COSName.S));
      COSArray kids = linkElement.getCOSArray(COSName.K);
      boolean mcid = false;
      boolean objr = false;
      for (int i = 0; i < kids.size(); i++) {
        if (kids.getObject(i) instanceof org.apache.pdfbox.cos.COSInteger) mcid = true;
        if (kids.getObject(i) instanceof COSDictionary k && "OBJR".equals(k.getNameAsString(COSName.TYPE))) {
          COSDictionary target = k.getCOSDictionary(COSName.OBJ);
          objr = target != null && "Go to the section Official visits".equals(target.getString(COSName.CONTENTS));
        }
      }
      assertTrue(mcid && objr, "Link kids: " + kids);
    }
  }

  @Test
  void structureTreeInterleavesElementsAndContentInReadingOrder() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      COSDictionary root = doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
      StringBuilder dump = new StringBuilder();
      dumpElement(doc, root.getCOSDictionary(COSName.K), dump);
      assertEquals("Document[Div[P[p0:0]] Sect[H1[p1:0] P[p1:1 Span[p1:2] p1:3 Link[p1:4 OBJR] p1:5]]"
          + " Sect[H2[p2:0] P[p2:1 Link[p2:2 OBJR] p2:3]]]", dump.toString());
      assertEquals(5, root.getInt(COSName.PARENT_TREE_NEXT_KEY), "3 pages + 2 annotations");
    }
  }

  private static void dumpElement(PDDocument doc, COSDictionary e, StringBuilder out) {
    out.append(e.getNameAsString(COSName.S)).append('[');
    COSDictionary pg = e.getCOSDictionary(COSName.PG);
    COSArray kids = e.getCOSArray(COSName.K);
    for (int i = 0; kids != null && i < kids.size(); i++) {
      if (i > 0) out.append(' ');
      org.apache.pdfbox.cos.COSBase kid = kids.getObject(i);
      if (kid instanceof org.apache.pdfbox.cos.COSInteger n) {
        out.append('p').append(doc.getPages().indexOf(new PDPage(pg))).append(':').append(n.intValue());
      } else if (kid instanceof COSDictionary d && "OBJR".equals(d.getNameAsString(COSName.TYPE))) {
        out.append("OBJR");
      } else if (kid instanceof COSDictionary d && "MCR".equals(d.getNameAsString(COSName.TYPE))) {
        out.append('p').append(doc.getPages().indexOf(new PDPage(d.getCOSDictionary(COSName.PG))))
            .append(':').append(d.getInt(COSName.MCID));
      } else if (kid instanceof COSDictionary d) {
        dumpElement(doc, d, out);
      }
    }
    out.append(']');
  }

  @Test
  void pageLabelsFollowTheFolios() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDPageLabels labels = doc.getDocumentCatalog().getPageLabels();
      assertArrayEquals(new String[] {"i", "1", "2"}, labels.getLabelsByPageIndices());
    }
  }

  @Test
  void catalogAndInfoDescribeTheDocument() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var catalog = doc.getDocumentCatalog();
      assertEquals("en", catalog.getLanguage());
      assertTrue(catalog.getMarkInfo().isMarked());
      assertTrue(catalog.getViewerPreferences().displayDocTitle());
      var info = doc.getDocumentInformation();
      assertEquals("Czechoslovakia–Soviet Union relations", info.getTitle());
      assertEquals("Wikipedia contributors", info.getAuthor());
      assertEquals("Vztahy Československa a Sovětského svazu", info.getSubject());
      assertEquals(TIMESTAMP.toEpochMilli(), info.getCreationDate().getTimeInMillis());
      String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"));
      assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"));
      assertTrue(xmp.contains("<xmp:CreateDate>2024-03-01T12:34:56+00:00</xmp:CreateDate>"));
      assertTrue(xmp.contains("<cc:license>https://creativecommons.org/licenses/by-sa/3.0/</cc:license>"));
      assertTrue(xmp.contains("<rdf:li>cs</rdf:li>"), "Czech is among dc:language");
      COSArray id = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
      assertEquals(2, id.size());
      assertEquals(id.getObject(0), id.getObject(1));
    }
  }

  @Test
  void sameInputGivesTheSameBytesWhateverTheLocaleAndZone() {
    assertArrayEquals(pdf, PdfWriter.write(TestBook.book(), TIMESTAMP));
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
      assertArrayEquals(pdf, PdfWriter.write(TestBook.book(), TIMESTAMP));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    byte[] later = PdfWriter.write(TestBook.book(), TIMESTAMP.plusSeconds(1));
    assertFalse(java.util.Arrays.equals(pdf, later), "the timestamp reaches the file");
  }

  @Test
  void glyphZeroIsRefused() {
    LaidOutBook book = TestBook.book();
    List<Page> pages = new ArrayList<>(book.pages());
    List<PageElement> elements = new ArrayList<>(pages.get(1).elements());
    elements.add(new GlyphRun(TestBook.regular(), Sp.of(10), Sp.of(100),
        List.of(new Glyph(0, Sp.of(50), "?")), Optional.empty(), Tag.of(TestBook.P1)));
    Page p = pages.get(1);
    pages.set(1, Page.flat(p.index(), p.label(), p.width(), p.height(), elements));
    LaidOutBook broken = new LaidOutBook(book.metadata(), pages, book.anchors(), book.outline(), book.structure());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> PdfWriter.write(broken, TIMESTAMP));
    assertTrue(e.getMessage().contains(".notdef"), e.getMessage());
  }
}

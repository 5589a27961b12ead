package cz.sazba.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.font.FontFace;
import cz.sazba.font.ShapedText;
import cz.sazba.typeset.page.Glyph;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.LaidOutBook;
import cz.sazba.typeset.page.Page;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Sp;
import cz.sazba.typeset.page.StructNode;
import cz.sazba.typeset.page.StructRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * What a review of the first book's PDF against PDF/UA-1, the Matterhorn Protocol and real viewers
 * found that veraPDF does not check (docs/pdf.md, "Review against viewers and Matterhorn").
 */
class ReviewFindingsTest {
  @Test
  void theCatalogDoesNotContradictTheHeadersVersion() throws IOException {
    byte[] pdf = PdfWriter.write(TestBook.book(), PdfWriterTest.TIMESTAMP);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
      assertNull(catalog.getDictionaryObject(COSName.VERSION),
          "PDFBox's default /Version /1.4 made MuPDF report the PDF 1.7 file as PDF 1.4");
      assertEquals(1.7f, doc.getVersion());
    }
  }

  @Test
  void pageLabelRangesHaveNoTypeThatAReaderCouldTakeForAPrefix() {
    List<Page> pages = TestBook.book().pages();
    COSArray nums = PageLabels.of(pages).getCOSArray(COSName.NUMS);
    for (int i = 1; i < nums.size(); i += 2) {
      COSDictionary range = (COSDictionary) nums.getObject(i);
      assertFalse(range.containsKey(COSName.TYPE), "PyMuPDF read /Type /PageLabel as the prefix \"ageLabel\"");
    }
  }

  @Test
  void aLinesLetterSpacingIsOneTcNotANumberAfterEveryGlyph() throws IOException {
    // A justified line's hairline letter-spacing: 0.05 pt after every glyph of a word, then an
    // untracked run that must not inherit the spacing (Tc is text state and outlives ET).
    LaidOutBook book = TestBook.book();
    List<Page> pages = new ArrayList<>(book.pages());
    Page p = pages.get(2);
    List<PageElement> elements = new ArrayList<>(p.elements());
    GlyphRun tracked = run(TestBook.regular(), "Czechoslovakia", Sp.of(400), Sp.of(0.05));
    GlyphRun plain = run(TestBook.regular(), "Czechoslovakia", Sp.of(380), 0);
    elements.add(tracked);
    elements.add(plain);
    pages.set(2, Page.flat(p.index(), p.label(), p.width(), p.height(), elements));
    byte[] pdf = PdfWriter.write(
        new LaidOutBook(book.metadata(), pages, book.anchors(), book.outline(), book.structure()),
        PdfWriterTest.TIMESTAMP);

    List<TextPosition> seen = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String content = new String(doc.getPage(2).getContents().readAllBytes(), StandardCharsets.US_ASCII);
      assertTrue(content.contains("0.05 Tc\n1 0 0 1 56.693 400 Tm\n[<"), content);
      assertTrue(content.contains("0 Tc\n1 0 0 1 56.693 380 Tm"), "the next run resets Tc: " + content);
      // Only the kerning is left in the TJ array: numbers where the untracked word has them
      // (their last digit may differ, the tracking being rounded to whole sp).
      assertEquals(tjArray(content, "380 Tm").replaceAll("-?[0-9.]+ ", "n "),
          tjArray(content, "400 Tm").replaceAll("-?[0-9.]+ ", "n "));
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          seen.add(text);
        }
      };
      stripper.setStartPage(3);
      stripper.setEndPage(3);
      stripper.getText(doc);
    }
    List<Glyph> expected = new ArrayList<>();
    for (PageElement e : elements) {
      if (e instanceof GlyphRun run) expected.addAll(run.glyphs());
    }
    assertEquals(expected.size(), seen.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(Sp.toPoints(expected.get(i).x()), seen.get(i).getTextMatrix().getTranslateX(), 0.002, "glyph " + i);
    }
  }

  @Test
  void characterSpacingIsWrittenWithFiveDecimals() {
    assertEquals("0.04924", PdfNumbers.micro(49_240));
    assertEquals("-0.0001", PdfNumbers.micro(-100));
    assertEquals("0.00001", PdfNumbers.micro(5));
    assertEquals("0", PdfNumbers.micro(-4));
    assertEquals("1.5", PdfNumbers.micro(1_500_000));
  }

  private static String tjArray(String content, String after) {
    String rest = content.substring(content.indexOf(after));
    return rest.substring(rest.indexOf('['), rest.indexOf(']') + 1);
  }

  /** A word set from the left margin with {@code tracking} after every glyph. */
  private static GlyphRun run(FontFace face, String text, long baseline, long tracking) {
    long size = Sp.of(10.5);
    ShapedText shaped = face.shape(text, true);
    List<Glyph> glyphs = new ArrayList<>();
    long x = Sp.of(56.693);
    for (int i = 0; i < shaped.glyphCount(); i++) {
      glyphs.add(new Glyph(shaped.glyphIds()[i], x, shaped.clusterText(i)));
      x += Sp.scale(shaped.advances()[i], size, face.unitsPerEm()) + tracking;
    }
    return new GlyphRun(face, size, baseline, glyphs, java.util.Optional.empty(), cz.sazba.typeset.page.Tag.of(TestBook.P2));
  }

  private static COSDictionary kid(COSDictionary element, int index) {
    return (COSDictionary) element.getCOSArray(COSName.K).getObject(index);
  }

  private static StructNode node(int id, StructRole role, StructNode... children) {
    return new StructNode(id, role, Optional.empty(), Optional.empty(), Optional.empty(), List.of(children));
  }
}

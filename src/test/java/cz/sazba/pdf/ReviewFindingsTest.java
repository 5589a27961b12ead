package cz.sazba.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import cz.sazba.typeset.page.Page;
import cz.sazba.typeset.page.StructNode;
import cz.sazba.typeset.page.StructRole;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
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
  void aContentsEntrysLinkSitsInAReferenceBecauseTociMayNotHoldALink() {
    // Document > TOC > TOCI > Link, with one marked-content sequence and one annotation.
    StructNode link = node(4, StructRole.LINK);
    StructNode root = node(1, StructRole.DOCUMENT, node(2, StructRole.TOC, node(3, StructRole.TOCI, link)));
    COSDictionary page = new COSDictionary();
    COSDictionary annotation = new COSDictionary();
    List<StructureTree.Content> contents = List.of(
        new StructureTree.Content(4, 0, 0, null), new StructureTree.Content(4, 0, -1, annotation));
    COSDictionary treeRoot = StructureTree.build(root, List.of(page), contents, List.of(List.of(4)));

    COSDictionary document = (COSDictionary) treeRoot.getDictionaryObject(COSName.K);
    COSDictionary toc = kid(document, 0);
    COSDictionary toci = kid(toc, 0);
    assertEquals("TOCI", toci.getNameAsString(COSName.S));
    COSDictionary reference = kid(toci, 0);
    assertEquals("Reference", reference.getNameAsString(COSName.S), "ISO 32000-1 Table 333: TOCI > Reference > Link");
    assertSame(toci, reference.getDictionaryObject(COSName.P));
    COSDictionary linkElement = kid(reference, 0);
    assertEquals("Link", linkElement.getNameAsString(COSName.S));
    assertSame(reference, linkElement.getDictionaryObject(COSName.P));
    // The parent tree still leads from the MCID and the annotation to the Link itself.
    COSArray nums = ((COSDictionary) treeRoot.getDictionaryObject(COSName.PARENT_TREE)).getCOSArray(COSName.NUMS);
    assertSame(linkElement, ((COSArray) nums.getObject(1)).getObject(0));
    assertSame(linkElement, nums.getObject(3));
  }

  private static COSDictionary kid(COSDictionary element, int index) {
    return (COSDictionary) element.getCOSArray(COSName.K).getObject(index);
  }

  private static StructNode node(int id, StructRole role, StructNode... children) {
    return new StructNode(id, role, Optional.empty(), Optional.empty(), Optional.empty(), List.of(children));
  }
}

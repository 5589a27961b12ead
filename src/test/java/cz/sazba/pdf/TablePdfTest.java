package cz.sazba.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.testing.PdfPages;
import cz.sazba.testing.VeraPdf;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The table sample (pipe tables in every alignment, a grid table with lists, paragraphs and code
 * in its cells, a table with relative widths, a Czech one, a table of 150 rows) as a PDF: veraPDF
 * finds no failed rule of PDF/A-2u or PDF/UA-1; the long table covers three pages or more, each of
 * which shows its header; each row is whole on one page, in order.
 */
class TablePdfTest {
  static byte[] pdf;
  static List<String> pages;

  @BeforeAll
  static void write() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    pdf = ProsePdfTest.pdf(ProsePdfTest.ROOT.resolve("src/test/resources/cz/sazba/tables"));
    String out = System.getProperty("sazba.pdf.tablesOut");
    if (out != null) java.nio.file.Files.write(Path.of(out), pdf);
    pages = PdfPages.text(pdf);
  }

  @Test
  void isPdfA2uAndUa1() throws Exception {
    for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1)) {
      List<String> failures = VeraPdf.failedRules(pdf, flavour);
      assertTrue(failures.isEmpty(), flavour + " failed rules:\n" + String.join("\n", failures));
    }
  }

  /** The structure elements under the root, depth first: /S of each, with the /Scope of a TH. */
  private static void walk(org.apache.pdfbox.cos.COSBase node, List<String> out) {
    if (node instanceof org.apache.pdfbox.cos.COSObject o) node = o.getObject();
    if (node instanceof org.apache.pdfbox.cos.COSArray a) {
      for (int i = 0; i < a.size(); i++) walk(a.get(i), out);
      return;
    }
    if (!(node instanceof org.apache.pdfbox.cos.COSDictionary d)) return;
    org.apache.pdfbox.cos.COSName s = d.getCOSName(org.apache.pdfbox.cos.COSName.S);
    if (s == null) return;
    String name = s.getName();
    if (name.equals("TH") && d.getCOSDictionary(org.apache.pdfbox.cos.COSName.A) != null) {
      name += "/" + d.getCOSDictionary(org.apache.pdfbox.cos.COSName.A).getCOSName(org.apache.pdfbox.cos.COSName.getPDFName("Scope")).getName();
    }
    out.add(name);
    walk(d.getDictionaryObject(org.apache.pdfbox.cos.COSName.K), out);
  }

  @Test
  void tablesAreTaggedWithTheirPartsAndHeaderScopes() throws Exception {
    List<String> elements = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      walk(doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getDictionaryObject(org.apache.pdfbox.cos.COSName.K),
          elements);
    }
    assertEquals(6, elements.stream().filter("Table"::equals).count(), elements.toString());
    assertEquals(5, elements.stream().filter("Caption"::equals).count());
    assertEquals(6, elements.stream().filter("THead"::equals).count());
    assertEquals(6, elements.stream().filter("TBody"::equals).count());
    // Every header cell scoped to its column; the long table's four only once, not once per page.
    assertEquals(18, elements.stream().filter("TH/Column"::equals).count(), elements.toString());
    assertEquals(0, elements.stream().filter("TH"::equals).count());
    assertEquals(3 * 4 + 3 * 3 + 4 * 3 + 2 * 2 + 3 * 2 + 150 * 4, elements.stream().filter("TD"::equals).count());
    int table = elements.indexOf("Table");
    assertEquals(List.of("Table", "Caption", "THead", "TR", "TH/Column"), elements.subList(table, table + 5));
  }

  @Test
  void theLongTableRepeatsItsHeaderOnEveryPageAndKeepsRowsWhole() {
    List<Integer> covered = PdfPages.assertLongTableRepeatsHeader(pages, "No. Sample Value Checked", 150);
    assertTrue(covered.size() >= 3, "the long table covers " + covered);
  }
}

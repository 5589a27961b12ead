package cz.sazba.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.figures.FiguresModelTest;
import cz.sazba.font.FontSet;
import cz.sazba.model.Book;
import cz.sazba.source.Diagnostics;
import cz.sazba.testing.PdfPages;
import cz.sazba.testing.VeraPdf;
import cz.sazba.typeset.Typesetter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The figures sample as a PDF: veraPDF finds no failed rule of PDF/A-2u or PDF/UA-1; every
 * figure is on the page of its first mention or the next; captions are in the text layer; each
 * picture is one image XObject however often it is drawn.
 */
class FiguresPdfTest {
  static byte[] pdf;
  @TempDir static Path temp;

  @BeforeAll
  static void write() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    // A copy, so the test can be run on a changed sample too.
    Path dir = temp.resolve("figures");
    Files.createDirectories(dir.resolve("images"));
    for (String name : List.of("metadata.yaml", "01-maps.md", "02-marks.md", "images/alpha.png.yaml")) {
      Files.copy(FiguresModelTest.SAMPLE.resolve(name), dir.resolve(name));
    }
    try (var files = Files.list(FiguresModelTest.SAMPLE.resolve("images"))) {
      for (Path p : files.toList()) {
        if (!Files.exists(dir.resolve("images").resolve(p.getFileName()))) Files.copy(p, dir.resolve("images").resolve(p.getFileName()));
      }
    }
    Diagnostics d = new Diagnostics();
    Book book = FiguresModelTest.book(dir, d);
    var result = Typesetter.typeset(book, FontSet.bundled(), d).orElseThrow(() -> new AssertionError(d.sorted().toString()));
    assertFalse(d.hasErrors(), d.sorted().toString());
    pdf = PdfWriter.write(result.book(), Instant.parse("2026-01-01T00:00:00Z"));
    String out = System.getProperty("sazba.pdf.figuresOut");
    if (out != null) Files.write(Path.of(out), pdf);
  }

  @Test
  void isPdfA2u() throws Exception {
    List<String> failures = VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_2_U);
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void isPdfUa1() throws Exception {
    List<String> failures = VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1);
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /** A footnote marked in a caption is set at a page foot like any other (it once crashed the writer). */
  @Test
  void aNoteInACaptionIsSet() throws Exception {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("neighbouring bars can be told apart in print"), text);
    }
  }

  /** Each figure's caption is on the page where the text first names it, or on the next one. */
  @Test
  void figuresAreWithinOnePageOfTheirFirstMention() throws Exception {
    List<String> pages = PdfPages.text(pdf);
    // The text starts on the page of its first sentence; the attribution page names figures too.
    PdfPages.assertFiguresWithinOnePageOfFirstMention(pages, PdfPages.firstPageWith(pages, "The valley is drawn in"), 8);
  }

  @Test
  void theAttributionPageCreditsEveryImage() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replace('\u00A0', ' ').replaceAll("\\s+", " ");
      assertTrue(text.contains("Image credits"), text);
      assertTrue(text.contains("Figure 4 (images/photo.jpg): “The valley, photographed” by Jana Nováková"), text);
      assertTrue(text.contains("Figure 2 (images/alpha.png): “The valley without its sea”, no author named"), text);
      assertTrue(text.contains("Figure 1 (images/map.png): part of this book's own work"), text);
    }
  }

  @Test
  void inlineImagesAreFiguresWithAltOrArtifacts() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var root = doc.getDocumentCatalog().getStructureTreeRoot();
      List<String> alts = new ArrayList<>();
      collectFigureAlts(root.getKids(), alts);
      assertTrue(alts.contains("a brown ring"), alts.toString());
      assertTrue(alts.stream().anyMatch(a -> a.startsWith("A map: a pale yellow land")), alts.toString());
      assertEquals(9, alts.size(), "eight figures and one meaningful inline image: " + alts);
    }
  }

  private static void collectFigureAlts(List<Object> kids, List<String> out) {
    for (Object k : kids) {
      if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
        if ("Figure".equals(e.getStructureType())) {
          out.add(e.getAlternateDescription());
          assertTrue(e.getCOSObject().getDictionaryObject(COSName.A) != null, "a Figure has a BBox attribute");
        }
        collectFigureAlts(e.getKids(), out);
      }
    }
  }

  @Test
  void theXmpNamesTheCreditedPicturesAuthor() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(xmp.contains("<dc:contributor><rdf:Bag>\n   <rdf:li>Jana Nováková</rdf:li>\n  </rdf:Bag></dc:contributor>"), xmp);
    }
  }

  /** A figure in a grid table's cell stays in the cell (nothing floats out of a row) and is drawn. */
  @Test
  void aFigureInATableCellIsDrawnInTheCell(@TempDir Path dir) throws Exception {
    Path m = cz.sazba.figures.BadImagesTest.manuscript(dir,
        "+---------------------------------------------------+-----+\n| ![A map](images/map.png){alt=\"The map\" width=30%} | q   |\n+===================================================+=====+\n| 5                                                 | 6   |\n+---------------------------------------------------+-----+");
    Diagnostics d = new Diagnostics();
    Book book = FiguresModelTest.book(m, d);
    var result = Typesetter.typeset(book, FontSet.bundled(), d).orElseThrow(() -> new AssertionError(d.sorted().toString()));
    byte[] bytes = PdfWriter.write(result.book(), Instant.parse("2026-01-01T00:00:00Z"));
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      int images = 0;
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject) images++;
        }
      }
      assertEquals(1, images);
    }
    List<String> failures = VeraPdf.failedRules(bytes, PDFAFlavour.PDFUA_1);
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void eachPictureIsOneXObject() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Set<Object> images = new HashSet<>();
      int draws = 0;
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject x) {
            images.add(x.getCOSObject());
            draws++;
            assertFalse(x.getInterpolate(), "PDF/A: no interpolation");
          }
        }
      }
      // Eight figures and the icon, which is drawn twice on one page: one resource each.
      assertEquals(9, images.size());
      assertEquals(9, draws);
    }
  }
}

package cz.sazba.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.figures.FiguresModelTest;
import cz.sazba.font.FontSet;
import cz.sazba.model.Book;
import cz.sazba.source.Diagnostics;
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
    // Inline images are not set in the PDF yet: the sample's chapter of marks is left out here.
    Path dir = temp.resolve("figures");
    Files.createDirectories(dir.resolve("images"));
    for (String name : List.of("metadata.yaml", "01-maps.md")) {
      Files.copy(FiguresModelTest.SAMPLE.resolve(name), dir.resolve(name));
    }
    try (var files = Files.list(FiguresModelTest.SAMPLE.resolve("images"))) {
      for (Path p : files.toList()) Files.copy(p, dir.resolve("images").resolve(p.getFileName()));
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

  /** Each figure's caption is on the page where the text first names it, or on the next one. */
  @Test
  void figuresAreWithinOnePageOfTheirFirstMention() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc).replace('\u00A0', ' '));
      }
      for (int n = 1; n <= 8; n++) {
        String caption = "Figure " + n + ":";
        String mention = "Figure " + n;
        int captionPage = -1;
        int mentionPage = -1;
        for (int p = 0; p < pages.size(); p++) {
          String text = pages.get(p);
          if (captionPage < 0 && text.contains(caption)) captionPage = p;
          String withoutCaption = text.replace(caption, "");
          if (mentionPage < 0 && containsWord(withoutCaption, mention)) mentionPage = p;
        }
        assertTrue(captionPage >= 0, "caption of figure " + n + " not found");
        assertTrue(mentionPage >= 0, "no mention of figure " + n);
        assertTrue(captionPage - mentionPage >= 0 && captionPage - mentionPage <= 1,
            "figure " + n + " is on page " + (captionPage + 1) + ", first named on page " + (mentionPage + 1));
      }
    }
  }

  private static boolean containsWord(String text, String phrase) {
    int i = text.indexOf(phrase);
    while (i >= 0) {
      int end = i + phrase.length();
      if (end >= text.length() || !Character.isDigit(text.charAt(end))) return true;
      i = text.indexOf(phrase, i + 1);
    }
    return false;
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
      assertEquals(8, images.size());
      assertEquals(8, draws);
    }
  }
}

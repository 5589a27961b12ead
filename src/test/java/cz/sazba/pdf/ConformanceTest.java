package cz.sazba.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The claims the file makes, checked by independent tools: veraPDF and OpenPDF. */
class ConformanceTest {
  static byte[] pdf;

  @BeforeAll
  static void write() {
    VeraGreenfieldFoundryProvider.initialise();
    pdf = PdfWriter.write(TestBook.book(), Instant.parse("2024-03-01T12:34:56Z"));
  }

  @Test
  void veraPdfFindsNoFailedRuleForPdfA2u() throws Exception {
    assertCompliant(PDFAFlavour.PDFA_2_U);
  }

  @Test
  void veraPdfFindsNoFailedRuleForPdfUa1() throws Exception {
    assertCompliant(PDFAFlavour.PDFUA_1);
  }

  @Test
  void theValidatorHasTeeth() throws Exception {
    // A bare PDFBox document (no XMP, no tags, no output intent) must fail both profiles, so a
    // pass above means something.
    java.io.ByteArrayOutputStream bare = new java.io.ByteArrayOutputStream();
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      doc.save(bare);
    }
    for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1)) {
      assertTrue(cz.sazba.testing.VeraPdf.expectRejected(bare.toByteArray(), flavour, "a bare PDFBox document").size() > 0,
          flavour + " passed a bare document");
    }
  }

  static void assertCompliant(PDFAFlavour flavour) throws Exception {
    List<String> failures = failedRules(pdf, flavour);
    assertTrue(failures.isEmpty(), flavour + " failed rules:\n" + String.join("\n", failures));
  }

  static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
    return cz.sazba.testing.VeraPdf.failedRules(pdf, flavour);
  }

  @Test
  void openPdfReadsPagesTitleAndWords() throws Exception {
    PdfReader reader = new PdfReader(pdf);
    try {
      assertEquals(3, reader.getNumberOfPages());
      assertEquals("Czechoslovakia–Soviet Union relations", reader.getInfo().get("Title"));
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      String one = extractor.getTextFromPage(2);
      assertTrue(one.contains("Československá"), one);
      assertTrue(one.contains("office"), one);
      String two = extractor.getTextFromPage(3);
      assertTrue(two.contains("Wikipedia"), two);
    } finally {
      reader.close();
    }
  }
}

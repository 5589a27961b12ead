package cz.sazba.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

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
      assertTrue(failedRules(bare.toByteArray(), flavour).size() > 0, flavour + " passed a bare document");
    }
  }

  static void assertCompliant(PDFAFlavour flavour) throws Exception {
    List<String> failures = failedRules(pdf, flavour);
    assertTrue(failures.isEmpty(), flavour + " failed rules:\n" + String.join("\n", failures));
  }

  static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
      PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
      ValidationResult result = validator.validate(parser);
      List<String> failures = result.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
              + " @ " + a.getLocation().getContext())
          .distinct()
          .collect(Collectors.toList());
      assertEquals(flavour, result.getPDFAFlavour());
      assertTrue(result.getTotalAssertions() > 0, "veraPDF checked nothing");
      assertEquals(failures.isEmpty(), result.isCompliant());
      System.out.println("veraPDF " + flavour + ": " + result.getTotalAssertions() + " checks, "
          + failures.size() + " failed rules");
      return failures;
    }
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

package cz.sazba.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.font.FontSet;
import cz.sazba.model.Book;
import cz.sazba.source.Diagnostics;
import cz.sazba.testing.VeraPdf;
import cz.sazba.typeset.Typesetter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The prose sample (footnotes, six heading levels, code, small caps, definition lists, scene
 * breaks, strikeout, super- and subscripts, containers) and the many-notes manuscript, through
 * the reader, the transforms, the typesetter and the writer: veraPDF finds no failed rule of
 * PDF/A-2u or PDF/UA-1, and the text layer has the words whole.
 */
class ProsePdfTest {
  static final Path ROOT = Path.of(System.getProperty("sazba.projectDir", "."));
  static byte[] prose;
  static byte[] notes;

  @BeforeAll
  static void write() {
    VeraGreenfieldFoundryProvider.initialise();
    prose = pdf(ROOT.resolve("src/test/resources/cz/sazba/prose"));
    notes = pdf(ROOT.resolve("src/test/resources/cz/sazba/typeset/notes"));
    String out = System.getProperty("sazba.pdf.proseOut");
    if (out != null) {
      try {
        java.nio.file.Files.write(Path.of(out), prose);
        java.nio.file.Files.write(Path.of(out.replace(".pdf", "-notes.pdf")), notes);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    }
  }

  static byte[] pdf(Path dir) {
    Diagnostics d = new Diagnostics();
    Book book = cz.sazba.testing.Samples.book(dir, d);
    var result = Typesetter.typeset(book, FontSet.bundled(), d).orElseThrow(() -> new AssertionError(d.sorted().toString()));
    assertFalse(d.hasErrors(), d.sorted().toString());
    return PdfWriter.write(result.book(), Instant.parse("2026-01-01T00:00:00Z"));
  }

  private static void assertNoFailure(byte[] pdf, PDFAFlavour flavour) throws Exception {
    List<String> failures = VeraPdf.failedRules(pdf, flavour);
    assertTrue(failures.isEmpty(), flavour + " failed rules:\n" + String.join("\n", failures));
  }

  @Test
  void proseIsPdfA2u() throws Exception {
    assertNoFailure(prose, PDFAFlavour.PDFA_2_U);
  }

  @Test
  void proseIsPdfUa1() throws Exception {
    assertNoFailure(prose, PDFAFlavour.PDFUA_1);
  }

  @Test
  void notesArePdfA2uAndUa1() throws Exception {
    assertNoFailure(notes, PDFAFlavour.PDFA_2_U);
    assertNoFailure(notes, PDFAFlavour.PDFUA_1);
  }

  @Test
  void theTextLayerHasTheWordsWhole() throws Exception {
    String text;
    try (PDDocument doc = Loader.loadPDF(prose)) {
      text = new PDFTextStripper().getText(doc).replaceAll("[ \n]+", " ");
    }
    for (String word : List.of("struck out", "small capitals", "inline code", "Its definition.", "Term two",
        "def hello():", "print(\"Hello, world\") # spaces kept", "The first paragraph of the note.", "A sixth level",
        "Česká poznámka s kapitálkami.", "H2O", "Kód printf(\"%d\") zůstává")) {
      assertTrue(text.contains(word), word + " in:\n" + text);
    }
  }
}

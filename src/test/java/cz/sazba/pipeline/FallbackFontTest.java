package cz.sazba.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.env.BuildEnvironment;
import cz.sazba.source.BuildFailure;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.testing.EpubCheckRunner;
import cz.sazba.testing.Samples;
import cz.sazba.testing.VeraPdf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The fallback sample (a task list, arrows, logic and set symbols Gentium Book Plus lacks) builds
 * with the default fonts: the missing characters come from DejaVu Sans, which both files embed as
 * a subset, and both still validate. A character no face has is still refused where it stands.
 */
class FallbackFontTest {
  /** What the sample holds that the text face lacks or that the task asks for. */
  private static final List<String> SYMBOLS = List.of("\u2610", "\u2612", "\u2192", "\u21D2", "\u2211", "\u2260",
      "\u2200", "\u2208", "\u211D", "\u2605");

  static BuiltBook book;
  static Map<String, byte[]> epub;

  @BeforeAll
  static void build() throws Exception {
    Diagnostics d = new Diagnostics();
    book = Pipeline.build(Samples.dir("fallback"), BuildEnvironment.fixed(), d);
    assertFalse(d.hasErrors(), d.sorted().toString());
    epub = BookBuildTest.unzip(book.epub());
  }

  @Test
  void theSymbolsAreInThePdfsTextLayer() throws Exception {
    try (PDDocument doc = Loader.loadPDF(book.pdf())) {
      String text = new PDFTextStripper().getText(doc);
      for (String s : SYMBOLS) assertTrue(text.contains(s), "U+" + Integer.toHexString(s.codePointAt(0)) + " in\n" + text);
      assertTrue(text.contains("\u2610 read the proofs once more"), text);
      assertTrue(text.contains("pre\u2192post"), text);
    }
  }

  @Test
  void thePdfEmbedsASubsetOfTheFallbackFace() throws Exception {
    List<String> names = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(book.pdf())) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          if (!font.getName().endsWith("+DejaVuSans")) continue;
          names.add(font.getName());
          PDType0Font type0 = (PDType0Font) font;
          assertTrue(type0.isEmbedded());
          assertTrue(type0.getCOSObject().containsKey(COSName.TO_UNICODE), "ToUnicode");
          byte[] file = type0.getDescendantFont().getFontDescriptor().getFontFile2().toByteArray();
          assertTrue(file.length < 50_000, "a subset, not DejaVu Sans whole: " + file.length);
        }
      }
    }
    assertFalse(names.isEmpty(), "no DejaVu Sans in the PDF");
  }

  @Test
  void pdfIsPdfA2uAndPdfUa1() throws Exception {
    assertEquals(List.of(), VeraPdf.failedRules(book.pdf(), PDFAFlavour.PDFA_2_U));
    assertEquals(List.of(), VeraPdf.failedRules(book.pdf(), PDFAFlavour.PDFUA_1));
  }

  @Test
  void epubIsClean() {
    assertEquals(List.of(), EpubCheckRunner.problems(book.epub()));
  }

  @Test
  void epubEmbedsTheFallbackSubsetAndNamesItAfterTheTextFace() throws Exception {
    String opf = new String(epub.get("OEBPS/content.opf"), StandardCharsets.UTF_8);
    assertTrue(opf.contains("<item id=\"font-fallback\" href=\"fonts/fallback.ttf\" media-type=\"font/ttf\"/>"), opf);
    String css = new String(epub.get("OEBPS/style.css"), StandardCharsets.UTF_8);
    assertTrue(css.contains("font-family: \"Sazba Text\", \"Sazba Fallback\", serif;"), css);
    assertEquals(4, css.split("src: url\\(\"fonts/fallback.ttf\"\\)", -1).length - 1, "one upright file for all four styles:\n" + css);
    TrueTypeFont fallback = new TTFParser().parse(new RandomAccessReadBuffer(epub.get("OEBPS/fonts/fallback.ttf")));
    try (fallback) {
      assertEquals("Sazba Fallback", fallback.getNaming().getFontFamily());
      var cmap = fallback.getUnicodeCmapLookup();
      for (int cp : new int[] {0x2610, 0x2612, 0x2200, 0x2208, 0x211D, 0x2605}) {
        assertTrue(cmap.getGlyphId(cp) > 0, "U+" + Integer.toHexString(cp));
      }
      // Only what the text faces lack: letters and the arrows Gentium has are left out.
      for (int cp : new int[] {'a', 0x2192, 0x2260}) assertEquals(0, cmap.getGlyphId(cp), "U+" + Integer.toHexString(cp));
    }
  }

  @Test
  void theSameManuscriptGivesTheSameBytes() throws Exception {
    BuiltBook again = Pipeline.build(Samples.dir("fallback"), BuildEnvironment.fixed(), new Diagnostics());
    assertArrayEquals(book.pdf(), again.pdf());
    assertArrayEquals(book.epub(), again.epub());
  }

  /** A copy of the sample under {@code dir} with {@code more} appended to its chapter. */
  private static Path withMore(Path dir, String more) throws Exception {
    Path copy = dir.resolve("fallback");
    Files.createDirectories(copy);
    for (String name : List.of("metadata.yaml", "01-symbols.md")) Files.copy(Samples.dir("fallback").resolve(name), copy.resolve(name));
    Path chapter = copy.resolve("01-symbols.md");
    Files.writeString(chapter, Files.readString(chapter, StandardCharsets.UTF_8) + more, StandardCharsets.UTF_8);
    return copy;
  }

  @Test
  void codeTakesWhatTheMonospaceFaceLacksFromTheTextFaceAndTheFallback(@TempDir Path dir) throws Exception {
    // ⸺ (U+2E3A) is in Gentium Book Plus alone, ☰ (U+2630) in DejaVu Sans alone; a line of
    // two-em dashes is wider than its characters' columns, so it is wrapped by its width.
    Path copy = withMore(dir, "\nThe menu `\u2630 open` and a dash `a\u2E3Ab`.\n\n```\nmenu = \"\u2630\"  # and \u2E3A\n"
        + "\u2E3A".repeat(40) + "\n```\n");
    Diagnostics d = new Diagnostics();
    BuiltBook code = Pipeline.build(copy, BuildEnvironment.fixed(), d);
    assertEquals(List.of(), d.sorted(), d.sorted().toString());
    try (PDDocument doc = Loader.loadPDF(code.pdf())) {
      String text = new PDFTextStripper().getText(doc);
      String flat = text.replaceAll("\\s+", "");
      assertTrue(flat.contains("\u2630open") && flat.contains("a\u2E3Ab"), text);
      assertTrue(flat.contains("menu=\"\u2630\"#and\u2E3A"), text);
      assertEquals(42, flat.chars().filter(c -> c == 0x2E3A).count(), text);
    }
    assertEquals(List.of(), VeraPdf.failedRules(code.pdf(), PDFAFlavour.PDFA_2_U));
    Map<String, byte[]> files = BookBuildTest.unzip(code.epub());
    String css = new String(files.get("OEBPS/style.css"), StandardCharsets.UTF_8);
    assertTrue(css.contains("code, pre { font-family: monospace, \"Sazba Text\", \"Sazba Fallback\"; }"), css);
    TrueTypeFont fallback = new TTFParser().parse(new RandomAccessReadBuffer(files.get("OEBPS/fonts/fallback.ttf")));
    try (fallback) {
      assertTrue(fallback.getUnicodeCmapLookup().getGlyphId(0x2630) > 0, "U+2630 in the EPUB's fallback");
    }
    assertEquals(List.of(), EpubCheckRunner.problems(code.epub()));
    // The sample's own style sheet, without such code, names no faces for it.
    String plain = new String(epub.get("OEBPS/style.css"), StandardCharsets.UTF_8);
    assertFalse(plain.contains("code, pre { font-family: monospace, "), plain);
  }

  @Test
  void aCharacterInCodeNoFaceHasIsStillRefused(@TempDir Path dir) throws Exception {
    Path copy = withMore(dir, "\nCode in Devanagari, `\u0915`, has no face.\n");
    BuildFailure failure = assertThrows(BuildFailure.class,
        () -> Pipeline.build(copy, BuildEnvironment.fixed(), new Diagnostics()));
    List<String> missing = failure.diagnostics().stream().filter(x -> x.code().equals("glyph-missing"))
        .map(Diagnostic::format).toList();
    assertEquals(1, missing.size(), failure.diagnostics().toString());
    assertTrue(missing.get(0).contains("U+0915") && missing.get(0).contains("DejaVuSansMono")
        && missing.get(0).contains("then GentiumBookPlus"), missing.get(0));
  }

  @Test
  void aCharacterNoFaceHasIsStillRefusedWhereItStands(@TempDir Path dir) throws Exception {
    String text = Files.readString(Samples.dir("fallback").resolve("01-symbols.md"), StandardCharsets.UTF_8);
    int line = (int) text.chars().filter(c -> c == '\n').count() + 2;
    Path copy = withMore(dir, "\nThe box \u2610 is fine, the ideograph \u6F22 is not.\n");

    BuildFailure failure = assertThrows(BuildFailure.class,
        () -> Pipeline.build(copy, BuildEnvironment.fixed(), new Diagnostics()));
    List<String> missing = failure.diagnostics().stream().filter(x -> x.code().equals("glyph-missing"))
        .map(Diagnostic::format).toList();
    assertEquals(1, missing.size(), failure.diagnostics().toString());
    String message = missing.get(0);
    assertTrue(message.contains("01-symbols.md:" + line + ":" + ("The box \u2610 is fine, the ideograph ".length() + 1) + ": error: "),
        message);
    assertTrue(message.contains("U+6F22"), message);
    assertTrue(message.contains("GentiumBookPlus") && message.contains("then DejaVuSans (DejaVuSans.ttf)"), message);
  }
}

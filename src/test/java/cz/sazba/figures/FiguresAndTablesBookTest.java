package cz.sazba.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.env.BuildEnvironment;
import cz.sazba.pipeline.BuiltBook;
import cz.sazba.pipeline.Pipeline;
import cz.sazba.source.Diagnostics;
import cz.sazba.testing.EpubCheckRunner;
import cz.sazba.testing.PdfPages;
import cz.sazba.testing.VeraPdf;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Issue 9's "Done when" on one book: the figures-and-tables sample (inline images, floated
 * figures, a grid table with block cells, a table of 150 rows, cross-references to figures,
 * tables and sections) built by the pipeline, as the command line builds it. veraPDF finds no
 * failed rule of PDF/A-2u or PDF/UA-1 and EPUBCheck nothing; each figure is within one page of its
 * first mention; every page of the long table (three or more) shows its header; the attribution
 * page credits every image.
 */
class FiguresAndTablesBookTest {
  static final Path SAMPLE = FiguresModelTest.ROOT.resolve("src/test/resources/cz/sazba/figures-and-tables");
  static BuiltBook book;
  static List<String> pages;

  @BeforeAll
  static void build() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    Diagnostics d = new Diagnostics();
    book = Pipeline.build(SAMPLE, BuildEnvironment.fixed(), d);
    assertFalse(d.hasErrors(), d.sorted().toString());
    assertTrue(d.sorted().isEmpty(), "no warnings either: " + d.sorted());
    pages = PdfPages.text(book.pdf());
  }

  @Test
  void isPdfA2u() throws Exception {
    List<String> failures = VeraPdf.failedRules(book.pdf(), PDFAFlavour.PDFA_2_U);
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void isPdfUa1() throws Exception {
    List<String> failures = VeraPdf.failedRules(book.pdf(), PDFAFlavour.PDFUA_1);
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void epubCheckFindsNothing() {
    List<String> problems = EpubCheckRunner.problems(book.epub());
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void everyFigureIsWithinOnePageOfItsFirstMention() {
    int start = PdfPages.firstPageWith(pages, "The valley is drawn in");
    PdfPages.assertFiguresWithinOnePageOfFirstMention(pages, start, 4);
  }

  @Test
  void theLongTableCoversThreePagesAndEachRepeatsTheHeader() {
    List<Integer> covered = PdfPages.assertLongTableRepeatsHeader(pages, "No. Sample Value Checked", 150);
    assertTrue(covered.size() >= 3, "the long table covers pages " + covered);
  }

  /** Every kind of cross-reference became its numbered name in the PDF; none is left as markup. */
  @Test
  void crossReferencesToFiguresTablesAndSectionsAreResolved() {
    String all = String.join("\n", pages).replaceAll("\\s+", " ");
    for (String name : List.of("Figure 1", "Figure 2", "Figure 3", "Figure 4", "Table 1", "Table 2",
        "Section 1", "Section 1.1", "Section 2")) {
      assertTrue(all.contains(name), name + " missing:\n" + all);
    }
    assertFalse(all.contains("@fig:") || all.contains("@tbl:") || all.contains("@sec:"), all);
    assertTrue(all.contains("Table 1: Fruit, with what speaks for each."), all);
    assertTrue(all.contains("Table 2: One hundred and fifty measurements."), all);
    // The grid table's block cells: a list item, the second paragraph, the code.
    assertTrue(all.contains("built-in wrapper") && all.contains("One a day, they say.") && all.contains("eat(apple);"), all);
  }

  @Test
  void theAttributionPageCreditsEveryImageInBothBooks() throws Exception {
    String pdfText = String.join("\n", pages).replaceAll("\\s+", " ");
    String colophon = colophon().replace('\u00A0', ' ').replaceAll("\\s+", " ");
    for (String text : List.of(pdfText, colophon)) {
      assertTrue(text.contains("Image credits"), text);
      assertTrue(text.contains("Figure 1 (images/map.png): part of this book's own work"), text);
      assertTrue(text.contains("Figure 2 (images/alpha.png): “The valley without its sea”, no author named"), text);
      assertTrue(text.contains("Figure 3 (images/palette.png): part of this book's own work"), text);
      assertTrue(text.contains("Figure 4 (images/photo.jpg): “The valley, photographed” by Jana Nováková"), text);
      assertTrue(text.contains("(images/icon.png): part of this book's own work"), "the inline image is credited too: " + text);
    }
  }

  private static String colophon() throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(book.epub()))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().endsWith("colophon.xhtml")) return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no colophon.xhtml in the EPUB");
  }

  /**
   * A figure referred to before an earlier one cannot move up to its mention (figures keep their
   * order): the build says so, at the figure, instead of sending the reader pages away silently.
   */
  @Test
  void aFigureFarFromItsFirstMentionIsReported(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path copy = dir.resolve("book");
    try (var files = java.nio.file.Files.walk(SAMPLE)) {
      for (Path p : files.toList()) {
        Path to = copy.resolve(SAMPLE.relativize(p).toString());
        if (java.nio.file.Files.isDirectory(p)) java.nio.file.Files.createDirectories(to);
        else java.nio.file.Files.copy(p, to);
      }
    }
    Path chapter = copy.resolve("01-pictures.md");
    String text = java.nio.file.Files.readString(chapter);
    java.nio.file.Files.writeString(chapter, text.replaceFirst("drawn in \\[@fig:map\\]", "drawn in [@fig:map] and [@fig:photo]"));
    cz.sazba.source.Diagnostics d = new cz.sazba.source.Diagnostics();
    Pipeline.build(copy, BuildEnvironment.fixed(), d);
    java.util.List<String> codes = d.sorted().stream().map(cz.sazba.source.Diagnostic::code).toList();
    assertTrue(codes.contains("figure-far-from-mention"), codes.toString());
  }
}

package cz.sazba.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.env.BuildEnvironment;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.testing.ArticleText;
import cz.sazba.testing.EpubCheckRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code csl: apa.csl} the citations and the reference list are set in APA's author-date
 * style by citeproc-java, in both books, keeping every URL and DOI.
 */
class CslStyleTest {
  private static final Path DIR = ArticleText.projectDir().resolve("src/test/resources/cz/sazba/csl-apa");
  /** APA prints the DOI instead of the URL when a work has both (https://example.org/jgs/6/33), as pandoc does. */
  private static final List<String> URLS = List.of(
      "https://cran.example.org/package=palettes", "http://www.ctan.org", "https://example.com/page");
  private static final List<String> DOIS = List.of("10.1017/CBO9780511000001", "10.1234/jgs.2006.33",
      "10.5555/report.2019(7)", "10.9999/work.2021");

  static BuiltBook book;
  static List<Diagnostic> diagnostics;

  @BeforeAll
  static void build() throws Exception {
    Diagnostics d = new Diagnostics();
    book = Pipeline.build(DIR, BuildEnvironment.fixed(), d);
    diagnostics = d.sorted();
  }

  static String xhtml(byte[] epub) throws Exception {
    return cz.sazba.testing.Samples.epubXhtml(epub);
  }

  @Test
  void citationsAreAuthorDateAndEveryUrlAndDoiIsALinkInTheEpub() throws Exception {
    String xhtml = xhtml(book.epub());
    for (String url : URLS) assertTrue(xhtml.contains("href=\"" + url + "\""), url);
    for (String doi : DOIS) assertTrue(xhtml.contains("https://doi.org/" + doi), doi);
    for (String s : List.of("(Novák, 2005)", "(see Dvořák &amp; Čapek, 2006, p. 33)", "Měření v terénu",
        "#ref-1\">(Novák, 2005)")) {
      assertTrue(xhtml.contains(s), s);
    }
    assertTrue(xhtml.contains("As <a href=\"ch02.xhtml#ref-1\">Novák\u00A0(2005)</a> writes"), "author in text, then only the year");
    assertFalse(xhtml.contains("Novák (Novák") || xhtml.contains("Novák\u00A0(Novák"), "the names once");
    assertFalse(xhtml.contains("<span class=\"number\">"), "no numbers before APA's entries");
    assertTrue(xhtml.contains("<em>A Page on the Web</em>"), "titles in italics");
    assertEquals(List.of(), EpubCheckRunner.problems(book.epub()));
  }

  /**
   * {@code [-@key]} leaves the author out, as pandoc's citeproc does; the citations are what
   * {@code pandoc --citeproc --metadata-file=metadata.yaml -t plain 01-chapter.md} (pandoc 2.17)
   * prints for the sample: the second item of a pair keeps its names, and the pair is in APA's
   * order.
   */
  static final List<String> PANDOC_SUPPRESSED = List.of("Novák says so himself (2005),",
      "the authors on their page (2006, p. 33),", "is Novák’s alone (2005; Svoboda, 2019),", "also after a prefix (see 2005).");

  @Test
  void aSuppressedAuthorIsLeftOutAsPandocLeavesItOut() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(book.pdf())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ").replace("\u00A0", " ");
      for (String s : PANDOC_SUPPRESSED) assertTrue(text.contains(s), s + " in\n" + text);
    }
    String xhtml = xhtml(book.epub());
    assertTrue(xhtml.contains("Novák says so himself <a href=\"#ref-1\">(2005)</a>")
        || xhtml.contains("Novák says so himself <a href=\"ch02.xhtml#ref-1\">(2005)</a>"), xhtml);
  }

  @Test
  void everyUrlAndDoiIsInThePdfText() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(book.pdf())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
      for (String s : URLS) assertTrue(text.contains(s), s);
      for (String s : DOIS) assertTrue(text.contains(s), s);
      assertTrue(text.contains("(Novák,2005)"), text);
      assertFalse(text.contains("[1]"), "no numeric citations");
    }
  }

  @Test
  void theLocaleIsTheBooksAndNoWarningIsAboutTheStyle() {
    for (Diagnostic d : diagnostics) assertFalse(d.format().contains("[csl-"), d.format());
  }

  @Test
  void aMissingOrInvalidStyleIsAnErrorAtTheKey(@TempDir Path tmp) throws Exception {
    for (String name : List.of("01-chapter.md", "sources.bib", "more.json", "extra.yaml")) {
      Files.copy(DIR.resolve(name), tmp.resolve(name));
    }
    Files.writeString(tmp.resolve("bad.csl"), "<html/>");
    String meta = Files.readString(DIR.resolve("metadata.yaml"));
    for (String[] c : new String[][] {{"missing.csl", "file-missing"}, {"bad.csl", "csl-invalid"},
        {"../apa.csl", "file-outside"}}) {
      Files.writeString(tmp.resolve("metadata.yaml"), meta.replace("csl: apa.csl", "csl: " + c[0]));
      Diagnostics d = new Diagnostics();
      try {
        Pipeline.build(tmp, BuildEnvironment.fixed(), d);
      } catch (cz.sazba.source.BuildFailure expected) {
        // reported in d
      }
      String all = String.join("\n", d.sorted().stream().map(Diagnostic::format).toList());
      assertTrue(all.contains("metadata.yaml:4:6: error:"), all);
      assertTrue(all.contains("[" + c[1] + "]"), c[0] + ": " + all);
    }
  }
}

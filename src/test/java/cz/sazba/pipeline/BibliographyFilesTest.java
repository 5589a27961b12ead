package cz.sazba.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.env.BuildEnvironment;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.testing.ArticleText;
import cz.sazba.testing.EpubCheckRunner;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A manuscript whose references are in bibliography files (a BibTeX file modelled on pandoc's
 * citation test bibliography, a CSL JSON file, and a CSL YAML file as pandoc writes it) builds,
 * with every entry's URL and DOI in both books and one warning per ignored field.
 */
class BibliographyFilesTest {
  private static final List<String> URLS = List.of("https://example.org/jgs/6/33",
      "https://cran.example.org/package=palettes", "http://www.ctan.org", "https://example.com/page",
      "https://example.net/work");
  private static final List<String> DOIS = List.of("10.1017/CBO9780511000001", "10.1234/jgs.2006.33",
      "10.5555/report.2019(7)", "10.9999/work.2021");

  static BuiltBook book;
  static List<Diagnostic> warnings;

  @BeforeAll
  static void build() throws Exception {
    Diagnostics d = new Diagnostics();
    book = Pipeline.build(ArticleText.projectDir().resolve("src/test/resources/cz/sazba/bibliography"),
        BuildEnvironment.fixed(), d);
    warnings = d.sorted();
  }

  @Test
  void everyUrlAndDoiIsInTheEpubAsALink() throws Exception {
    String xhtml = cz.sazba.testing.Samples.epubXhtml(book.epub());
    for (String url : URLS) assertTrue(xhtml.contains("href=\"" + url.replace("&", "&amp;") + "\""), url);
    assertTrue(xhtml.contains("href=\"https://doi.org/10.5555/report.2019(7)\""), "DOI link");
    for (String doi : DOIS) assertTrue(xhtml.contains("href=\"https://doi.org/" + doi + "\""), doi);
    for (String text : List.of("Čapek, Karel", "Dvořák, Petr", "The R Core Team", "Měření", "terénu", "lang=\"cs\"",
        "CTAN: The Comprehensive TeX Archive Network", "Journal of Generic Studies", "33–34", "March 2006")) {
      assertTrue(xhtml.contains(text), text);
    }
    assertEquals(List.of(), EpubCheckRunner.problems(book.epub()));
  }

  @Test
  void everyUrlAndDoiIsInThePdfText() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(book.pdf())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
      for (String s : URLS) assertTrue(text.contains(s), s);
      for (String s : DOIS) assertTrue(text.contains(s), s);
    }
  }

  @Test
  void ignoredFieldsAreOneWarningEach() {
    List<String> lines = warnings.stream().map(Diagnostic::format).map(s -> s.lines().findFirst().orElse("")).toList();
    assertEquals(List.of(
        "src/test/resources/cz/sazba/bibliography/extra.yaml:10:3: warning: the field 'annote' (in 1 reference) is not shown and is ignored [reference-field-ignored]",
        "src/test/resources/cz/sazba/bibliography/sources.bib:19:3: warning: the field 'volume' (in 1 entry) is not shown and is ignored [reference-field-ignored]",
        "src/test/resources/cz/sazba/bibliography/sources.bib:29:3: warning: the field 'editor' (in 1 entry) is not shown and is ignored [reference-field-ignored]",
        "src/test/resources/cz/sazba/bibliography/sources.bib:41:3: warning: the field 'note' (in 2 entries) is not shown and is ignored [reference-field-ignored]"),
        lines.stream().map(l -> l.substring(l.indexOf("src/test/resources"))).toList());
  }
}

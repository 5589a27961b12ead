package cz.sazba.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.testing.EpubCheckRunner;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** EPUBCheck 5.3.0, run in-process, finds nothing to warn about in what the writer makes. */
class EpubValidationTest {
  static final Instant MODIFIED = Instant.parse("2024-05-01T10:15:30Z");

  @Test
  void sampleBookPassesEpubCheckWithoutWarnings() {
    assertClean(EpubWriter.write(SampleBook.book(), SampleBook.fonts(), MODIFIED, List.of()));
  }

  /** With {@code -Dsazba.epub.sampleOut=FILE} the sample is also written there, e.g. for Ace. */
  @Test
  void sampleBookWithPageListPassesEpubCheckWithoutWarnings() throws java.io.IOException {
    byte[] epub = EpubWriter.write(SampleBook.book(), SampleBook.fonts(), MODIFIED, PageBreaksTest.pages());
    String out = System.getProperty("sazba.epub.sampleOut");
    if (out != null) java.nio.file.Files.write(java.nio.file.Path.of(out), epub);
    assertClean(epub);
  }

  /** A Czech book without headings, fonts or metadata extras: the fallbacks are valid too. */
  @Test
  void bareCzechBookPassesEpubCheck() {
    cz.sazba.model.Metadata m = new cz.sazba.model.Metadata("Babi\u010dka", java.util.Optional.empty(),
        new cz.sazba.model.Lang("cs"), List.of("Bo\u017eena N\u011bmcov\u00e1"), java.util.Optional.of("kv\u011bten 1855"),
        java.util.Optional.of("Voln\u00e9 d\u00edlo."), java.util.Optional.empty(), java.util.Optional.empty(), List.of(),
        List.of(), cz.sazba.model.Layout.defaults(), SampleBook.S);
    cz.sazba.model.Book book = new cz.sazba.model.Book(m, List.of(new cz.sazba.model.Division(
        cz.sazba.model.DivisionKind.CHAPTER, "kapitola", List.of(SampleBook.p(SampleBook.t("Dlouho, dlouho je tomu."))))));
    byte[] epub = EpubWriter.write(book, List.of(), MODIFIED, List.of());
    assertClean(epub);
    EpubFiles files = EpubFiles.of(epub);
    String opf = files.text("OEBPS/content.opf");
    assertTrue(opf.contains("<dc:rights>Voln\u00e9 d\u00edlo.</dc:rights>"), opf);
    assertTrue(!opf.contains("<dc:date>"), "a date EPUB cannot read is left out");
    assertTrue(!opf.contains("cc:license"));
    assertTrue(files.text("OEBPS/nav.xhtml").contains("<h1 id=\"toc-title\">Obsah</h1>"));
  }

  /** The checker is live: a broken link and a missing language make it complain. */
  @Test
  void epubCheckCatchesADanglingLinkInOtherwiseTheSameBook() {
    EpubFiles good = EpubFiles.of(EpubWriter.write(SampleBook.book(), SampleBook.fonts(), MODIFIED, List.of()));
    byte[] broken;
    try (DeterministicZip zip = new DeterministicZip(MODIFIED)) {
      zip.mimetype();
      for (String name : good.data.keySet()) {
        if (name.equals("mimetype")) continue;
        byte[] data = good.data.get(name);
        if (name.equals("OEBPS/ch01.xhtml")) {
          data = good.text(name).replace("href=\"ch02.xhtml#ref-1\"", "href=\"ch02.xhtml#no-such-id\"")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        zip.deflated(name, data);
      }
      broken = zip.finish();
    }
    List<EpubCheckRunner.Finding> findings = EpubCheckRunner.check(broken);
    System.out.println("expected: EPUBCheck rejects a link to a missing fragment (RSC_012): "
        + findings.stream().filter(EpubCheckRunner.Finding::counts).count() + " finding(s)");
    assertTrue(findings.stream().anyMatch(f -> f.counts() && f.id().equals("RSC_012")), findings.toString());
  }

  private static void assertClean(byte[] epub) {
    List<EpubCheckRunner.Finding> findings = EpubCheckRunner.check(epub);
    findings.stream().filter(f -> !f.counts()).forEach(f -> System.out.println("(not counted) " + f));
    List<EpubCheckRunner.Finding> counted = findings.stream().filter(EpubCheckRunner.Finding::counts).toList();
    counted.forEach(System.out::println);
    assertEquals(List.of(), counted, "EPUBCheck fatal errors, errors and warnings");
  }
}

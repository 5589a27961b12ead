package cz.sazba.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

package cz.sazba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table too wide for the page, and a malformed one, fail the build at their place and write nothing. */
class TableBuildTest {
  private static Path manuscript(Path dir, String chapter) throws Exception {
    Path m = Files.createDirectories(dir.resolve("m"));
    Files.writeString(m.resolve("metadata.yaml"), "title: T\nlang: en\nauthor: A\nrights: © 2026 A\n"
        + "license:\n  id: CC0-1.0\n  name: CC0 1.0 Universal\n  url: https://creativecommons.org/publicdomain/zero/1.0/\n",
        StandardCharsets.UTF_8);
    Files.writeString(m.resolve("01.md"), chapter, StandardCharsets.UTF_8);
    return m;
  }

  @Test
  void aTableTooWideFailsAtItsLineAndWritesNothing(@TempDir Path dir) throws Exception {
    StringBuilder t = new StringBuilder("# Wide\n\n|");
    for (int c = 0; c < 14; c++) t.append(" H").append(c).append(" |");
    t.append("\n|");
    for (int c = 0; c < 14; c++) t.append("---|");
    t.append("\n|");
    for (int c = 0; c < 14; c++) t.append(" Donaudampfschifffahrt |");
    Path m = manuscript(dir, t.append("\n").toString());
    Path out = dir.resolve("out");
    MainTest.Result r = MainTest.run(m.toString(), "-o", out.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("01.md:3:1: error: this table is too wide for the text block"), r.err());
    assertFalse(Files.exists(out), "no output folder, no files");
  }

  @Test
  void aCrossReferenceToATableIsALinkInBothBooks(@TempDir Path dir) throws Exception {
    Path m = manuscript(dir, "# Prices\n\nThe prices are in [@tbl:prices].\n\n| Fruit | Price |\n|---|--:|\n| apple | 2.05 |\n\n"
        + "Table: Prices of fruit. {#tbl:prices}\n");
    Path out = dir.resolve("out");
    MainTest.Result r = MainTest.run(m.toString(), "-o", out.toString());
    assertEquals(0, r.exit(), r.err());
    Path epub;
    Path pdf;
    try (var files = Files.list(out)) {
      List<Path> all = files.toList();
      epub = all.stream().filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow();
      pdf = all.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
    }
    String chapter;
    try (var zip = new java.util.zip.ZipFile(epub.toFile())) {
      chapter = new String(zip.getInputStream(zip.getEntry("OEBPS/ch01.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(chapter.contains("<table id=\"tbl:prices\">"), chapter);
    assertTrue(chapter.contains("href=\"#tbl:prices\">Table\u00A01</a>") || chapter.contains("#tbl:prices\""), chapter);
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertTrue(text.contains("Table 1: Prices of fruit.") || text.contains("Table\u00A01: Prices of fruit."), text);
      int links = 0;
      for (var page : doc.getPages()) {
        for (var a : page.getAnnotations()) if (a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) links++;
      }
      assertTrue(links >= 1, "the reference is a link in the PDF");
    }
  }

  @Test
  void aMalformedGridTableFailsAtItsColumnAndWritesNothing(@TempDir Path dir) throws Exception {
    Path m = manuscript(dir, "# Grid\n\n+----+----+\n| a  | b  |\n| c  |  d  |\n+----+----+\n");
    Path out = dir.resolve("out");
    MainTest.Result r = MainTest.run(m.toString(), "-o", out.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("01.md:5:11: error: this line of the grid table does not line up"), r.err());
    assertFalse(Files.exists(out), "no output folder, no files");
  }
}

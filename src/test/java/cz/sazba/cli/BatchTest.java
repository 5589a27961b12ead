package cz.sazba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.testing.EpubCheckRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch mode: many manuscripts in one run, each book in {@code OUT/<its folder's name>/}, a bad
 * one among good ones written not at all and its diagnostics under its name, exit code the worst.
 */
class BatchTest {
  /** A small manuscript of its own; two may share a title. */
  static Path manuscript(Path parent, String folder, String title, String text) throws IOException {
    Path dir = parent.resolve(folder);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("metadata.yaml"), "title: " + title + "\nlang: en-US\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("01-text.md"), text, StandardCharsets.UTF_8);
    return dir;
  }

  private static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The books written: every regular file but the hidden lock each output folder keeps (see AtomicOutput). */
  private static List<Path> filesUnder(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(".sazba.lock")).sorted().toList();
    }
  }

  @Test
  void oneBadManuscriptAmongGoodOnes(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    Path first = manuscript(in, "first", "Shared Title", "# Opening\n\nThe first book speaks of rivers.\n");
    Path bad = manuscript(in, "broken", "Broken", "# Broken\n\nIt cites [@nobody-knows-this] and <video>x</video>.\n");
    Path second = manuscript(in, "second", "Shared Title", "# Opening\n\nThe second book speaks of mountains.\n");
    Path out = dir.resolve("out");

    MainTest.Result r = MainTest.run(first.toString(), bad.toString(), second.toString(), "-o", out.toString());

    assertEquals(1, r.exit(), r.err());
    // The good books, each in its own folder though their titles (and so file names) are the same.
    assertTrue(pdfText(out.resolve("first/shared-title.pdf")).contains("rivers"));
    assertTrue(pdfText(out.resolve("second/shared-title.pdf")).contains("mountains"));
    assertEquals(List.of(), EpubCheckRunner.problems(Files.readAllBytes(out.resolve("second/shared-title.epub"))));
    assertTrue(r.out().contains("wrote " + out.resolve("first/shared-title.epub")), r.out());
    // Nothing of the bad one, and no temporary file anywhere.
    assertFalse(Files.exists(out.resolve("broken")));
    assertEquals(List.of(out.resolve("first/shared-title.epub"), out.resolve("first/shared-title.pdf"),
        out.resolve("second/shared-title.epub"), out.resolve("second/shared-title.pdf")), filesUnder(out));
    // Its diagnostics under its name, both of them, and only there.
    List<String> lines = r.err().lines().toList();
    int header = lines.indexOf("== broken (" + bad + ")");
    assertTrue(header >= 0, r.err());
    assertTrue(lines.get(header + 1).contains("01-text.md:3:") && lines.get(header + 1).contains("nobody-knows-this"),
        r.err());
    assertTrue(lines.stream().anyMatch(l -> l.endsWith("[html-unsupported]")), r.err());
    assertTrue(lines.contains("broken: 2 errors; no files were written"), r.err());
    assertTrue(lines.contains("sazba: 2 of 3 books written"), r.err());
    assertFalse(r.err().contains("== first"), "a clean book prints no header:\n" + r.err());
  }

  @Test
  void aBatchFolderBuildsEverySubfolderWithMetadata(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("shelf");
    manuscript(in, "b-book", "Beta", "Text of beta.\n");
    manuscript(in, "a-book", "Alpha", "Text of alpha.\n");
    Files.createDirectories(in.resolve("not-a-book"));
    Files.writeString(in.resolve("not-a-book/notes.md"), "no metadata here\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    MainTest.Result r = MainTest.run("--batch", in.toString(), "-o", out.toString(), "-q");

    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    assertEquals(List.of(out.resolve("a-book/alpha.epub"), out.resolve("a-book/alpha.pdf"),
        out.resolve("b-book/beta.epub"), out.resolve("b-book/beta.pdf")), filesUnder(out));
  }

  @Test
  void twoManuscriptsOfTheSameFolderNameAreAUsageError(@TempDir Path dir) throws IOException {
    Path one = manuscript(dir.resolve("x"), "book", "One", "One.\n");
    Path two = manuscript(dir.resolve("y"), "book", "Two", "Two.\n");
    MainTest.Result r = MainTest.run(one.toString(), two.toString(), "-o", dir.resolve("out").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("two manuscripts are named book"), r.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }
}

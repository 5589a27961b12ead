package cz.sazba.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.testing.ArticleText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, messages on stderr, files or none. */
class MainTest {
  record Result(int exit, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(exit, out.toString(), err.toString());
  }

  /** A copy of the first book's manuscript, to break on purpose. */
  static Path copyOfManuscript(Path dir) throws IOException {
    Path source = ArticleText.projectDir().resolve("manuscript");
    Path copy = dir.resolve("manuscript");
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(source)) {
      for (Path f : (Iterable<Path>) files::iterator) Files.copy(f, copy.resolve(f.getFileName()));
    }
    return copy;
  }

  @Test
  void buildsBothBooks(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    Result r = run(ArticleText.projectDir().resolve("manuscript").toString(), "-o", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.isRegularFile(out.resolve("czechoslovakia-soviet-union-relations.pdf")));
    assertTrue(Files.isRegularFile(out.resolve("czechoslovakia-soviet-union-relations.epub")));
    assertTrue(r.out().contains("czechoslovakia-soviet-union-relations.pdf"), r.out());
    Path pdf = out.resolve("czechoslovakia-soviet-union-relations.pdf");
    if (pdf.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertTrue(Files.getPosixFilePermissions(pdf).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
          "a finished book is readable like any file");
    }
  }

  @Test
  void verboseSaysEachStagesTime(@TempDir Path dir) {
    Result r = run(ArticleText.projectDir().resolve("manuscript").toString(), "-o", dir.resolve("out").toString(), "--verbose");
    assertEquals(0, r.exit(), r.err());
    for (String stage : List.of("read", "transform", "fonts", "pdf", "epub (beside the pdf)", "write")) {
      assertTrue(r.err().matches("(?s).*sazba: " + java.util.regex.Pattern.quote(stage) + " \\d+ ms.*"), stage + " in " + r.err());
    }
    assertTrue(r.err().matches("(?s).*sazba: typeset \\d+ pages \\d+ ms.*"), r.err());
  }

  @Test
  void anUnknownCitationKeyFailsWithItsPlaceAndWritesNothing(@TempDir Path dir) throws IOException {
    Path manuscript = copyOfManuscript(dir);
    Path chapter = manuscript.resolve("01-relations.md");
    String text = Files.readString(chapter, StandardCharsets.UTF_8);
    int at = text.indexOf("[@portrety-nkvd]");
    assertTrue(at > 0, "the manuscript cites portrety-nkvd");
    Files.writeString(chapter, text.replace("[@portrety-nkvd]", "[@portrety-nkdv]"), StandardCharsets.UTF_8);
    String before = text.substring(0, at + 1);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = before.length() - before.lastIndexOf('\n');

    Path out = dir.resolve("out");
    Result r = run(manuscript.toString(), "-o", out.toString());

    assertEquals(1, r.exit());
    // The diagnostic points at the key, just after the opening bracket.
    String expectedPlace = "01-relations.md:" + line + ":" + column + ": error: ";
    assertTrue(r.err().contains(expectedPlace), "expected " + expectedPlace + " in:\n" + r.err());
    assertTrue(r.err().contains("portrety-nkdv"), r.err());
    assertTrue(r.err().contains("hint: did you mean 'portrety-nkvd'?"), r.err());
    assertFalse(Files.exists(out), "no output folder, no files");
  }

  @Test
  void everyProblemIsReportedAtOnce(@TempDir Path dir) throws IOException {
    Path manuscript = copyOfManuscript(dir);
    Path chapter = manuscript.resolve("01-relations.md");
    String text = Files.readString(chapter, StandardCharsets.UTF_8);
    Files.writeString(chapter, text + "\nMore [@missing-one] and [words]{lang=xx-notalang} and <video>html</video> and $x$.\n",
        StandardCharsets.UTF_8);
    Result r = run(manuscript.toString(), "-o", dir.resolve("out").toString());
    assertEquals(1, r.exit());
    long errors = r.err().lines().filter(l -> l.contains(": error: ")).count();
    assertTrue(errors >= 3, r.err());
  }

  @Test
  void aFailedBuildLeavesEarlierBooksUntouched(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    assertEquals(0, run(ArticleText.projectDir().resolve("manuscript").toString(), "-o", out.toString()).exit());
    Path pdf = out.resolve("czechoslovakia-soviet-union-relations.pdf");
    byte[] good = Files.readAllBytes(pdf);

    Path manuscript = copyOfManuscript(dir);
    Files.writeString(manuscript.resolve("metadata.yaml"), "title: [unclosed\n", StandardCharsets.UTF_8);
    Result r = run(manuscript.toString(), "-o", out.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("metadata.yaml:"), r.err());
    assertArrayEquals(good, Files.readAllBytes(pdf));
    try (Stream<Path> left = Files.list(out)) {
      // The two books and the lock that builds into one folder take turns on (it stays, empty).
      assertEquals(2, left.filter(p -> !p.getFileName().toString().equals(".sazba.lock")).count(),
          "no temporary files left behind");
    }
  }

  @Test
  void aCharacterNoFontHasFailsWithItsCodeAndPlace(@TempDir Path dir) throws IOException {
    Path manuscript = copyOfManuscript(dir);
    Path chapter = manuscript.resolve("01-relations.md");
    String text = Files.readString(chapter, StandardCharsets.UTF_8);
    Files.writeString(chapter, text + "\nThe word for country is \u56FD in Chinese.\n", StandardCharsets.UTF_8);
    int line = (int) (text + "\n").chars().filter(c -> c == '\n').count() + 1;
    Result r = run(manuscript.toString(), "-o", dir.resolve("out").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("01-relations.md:" + line + ":25: error: the character U+56FD"), r.err());
    assertTrue(r.err().contains("GentiumBookPlus-Regular"), r.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void aWrongCommandLineIsAUsageError() {
    assertEquals(2, run().exit());
  }
}

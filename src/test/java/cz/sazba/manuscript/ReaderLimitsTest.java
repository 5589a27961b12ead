package cz.sazba.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Document;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input far beyond any book, which once overflowed the stack: thousands of nested quotes, lists or
 * emphases. The reader reports it once and goes on; later stages never see such depth.
 */
class ReaderLimitsTest {
  @TempDir Path dir;

  private List<Diagnostic> read(String chapter) throws IOException {
    Files.writeString(dir.resolve("metadata.yaml"), "title: T\nlang: en\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("01.md"), chapter, StandardCharsets.UTF_8);
    Diagnostics diagnostics = new Diagnostics();
    Optional<Document> document = ManuscriptReader.read(dir, diagnostics);
    assertTrue(document.isEmpty());
    return diagnostics.sorted();
  }

  @Test
  void thousandsOfNestedQuotesAreOneError() throws IOException {
    List<Diagnostic> found = read("Text.\n\n" + ">".repeat(10_000) + " deep\n");
    assertEquals(List.of("nesting-too-deep"), found.stream().map(Diagnostic::code).toList());
    assertEquals(3, found.get(0).span().file().line(found.get(0).span().start()));
  }

  @Test
  void thousandsOfNestedListsAndQuotesAreOneError() throws IOException {
    List<Diagnostic> found = read("- > ".repeat(5_000) + "deep\n");
    assertEquals(List.of("nesting-too-deep"), found.stream().map(Diagnostic::code).toList());
  }

  @Test
  void thousandsOfNestedEmphasesAreOneError() throws IOException {
    List<Diagnostic> found = read("Text.\n\n" + "*".repeat(10_000) + "deep" + "*".repeat(10_000) + "\n");
    assertEquals(List.of("nesting-too-deep"), found.stream().map(Diagnostic::code).toList());
    assertEquals(3, found.get(0).span().file().line(found.get(0).span().start()));
  }

  /** So deep that commonmark's own recursion overflows: reported, not thrown, on any stack size. */
  @Test
  void nestingBeyondTheParsersStackIsOneError() throws IOException {
    List<Diagnostic> found = read("Text.\n\n" + "*".repeat(100_000) + "deep" + "*".repeat(100_000) + "\n");
    assertEquals(List.of("nesting-too-deep"), found.stream().map(Diagnostic::code).toList());
    assertEquals("01.md:3:1", found.get(0).span().location().replaceAll(".*/", ""));
  }

  @Test
  void thirtyTwoLevelsAreStillRead() throws IOException {
    Files.writeString(dir.resolve("metadata.yaml"), "title: T\nlang: en\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("01.md"), ">".repeat(ChapterConverter.MAX_NESTING) + " deep\n", StandardCharsets.UTF_8);
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(ManuscriptReader.read(dir, diagnostics).isPresent(), diagnostics.sorted().toString());
  }
}

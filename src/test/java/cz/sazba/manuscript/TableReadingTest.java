package cz.sazba.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Document;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pipe and grid tables read as pandoc 2.17 reads them ({@code pandoc-native.txt} beside the table
 * sample is pandoc's own output, made with {@code pandoc -f markdown -t native 01-short.md
 * 02-long.md}), and malformed tables are diagnostics at their place.
 */
class TableReadingTest {
  static Path sample() {
    return TestFiles.resources().getParent().resolve("tables");
  }

  @Test
  void theTableSampleReadsToPandocsStructure() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Optional<Document> doc = ManuscriptReader.read(sample(), diagnostics);
    String problems = diagnostics.sorted().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    assertTrue(doc.isPresent(), problems);
    assertEquals("", problems);
    assertEquals(Skeleton.ofPandocNative(sample(), "en-US"), Skeleton.ofDocument(doc.get()));
  }

  @Test
  void tablesInQuotesAndListsReadAsPandocReadsThem() throws Exception {
    Path dir = sample().getParent().resolve("tables-nested");
    Diagnostics diagnostics = new Diagnostics();
    Document doc = ManuscriptReader.read(dir, diagnostics).orElseThrow(() -> new AssertionError(diagnostics.sorted()));
    assertEquals(Skeleton.ofPandocNative(dir, "en-US"), Skeleton.ofDocument(doc));
  }

  private static List<String> diagnose(Path dir, String chapter) throws Exception {
    Files.writeString(dir.resolve("metadata.yaml"), "title: T\nlang: en\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("01.md"), chapter, StandardCharsets.UTF_8);
    Diagnostics diagnostics = new Diagnostics();
    Optional<Document> doc = ManuscriptReader.read(dir, diagnostics);
    List<String> out = diagnostics.sorted().stream()
        .map(d -> d.span().location().replace(dir.toString() + "/", "") + " " + d.code()).collect(Collectors.toList());
    if (!out.isEmpty()) assertTrue(doc.isEmpty() || out.stream().noneMatch(s -> s.contains("table-")));
    return out;
  }

  @Test
  void aGridLineOutOfStepIsAnErrorAtItsColumn(@TempDir Path dir) throws Exception {
    assertEquals(List.of("01.md:3:11 table-malformed"), diagnose(dir,
        "+----+----+\n| a  | b  |\n| c  |  d  |\n+----+----+\n"));
  }

  @Test
  void aGridTableWithoutItsClosingBorderIsAnError(@TempDir Path dir) throws Exception {
    assertEquals(List.of("01.md:3:1 table-malformed"), diagnose(dir, "+----+----+\n| a  | b  |\n| c  | d  |\n"));
  }

  @Test
  void aNoteMarkInAGridCellIsReportedAnInlineNoteWorks(@TempDir Path dir) throws Exception {
    // Read on its own, the cell does not see the file's definitions: the mark is reported, never printed.
    assertEquals(List.of("01.md:4:4 note-undefined"), diagnose(dir,
        "+------------+-------------+\n| a          | b^[inline]  |\n+============+=============+\n| c[^1]      | d           |\n"
            + "+------------+-------------+\n\n[^1]: The note.\n").stream().filter(x -> !x.contains("note-unused")).toList());
  }

  @Test
  void aPipeRowWithTooManyCellsIsAnError(@TempDir Path dir) throws Exception {
    assertEquals(List.of("01.md:3:11 table-row-too-long"), diagnose(dir, "| a | b |\n|---|---|\n| 1 | 2 | 3 |\n"));
  }

  @Test
  void aPipeTableRightAfterAParagraphIsAnError(@TempDir Path dir) throws Exception {
    assertEquals(List.of("01.md:1:1 table-blank-line-missing"), diagnose(dir, "Text.\n| a | b |\n|---|---|\n| 1 | 2 |\n"));
  }

  @Test
  void simpleAndMultilineTablesAreRefusedNotPrinted(@TempDir Path dir) throws Exception {
    assertEquals(List.of("01.md:1:1 table-kind-unsupported"), diagnose(dir,
        "  Right     Left\n-------     ------\n     12     12\n    123     123\n"));
  }

  @Test
  void headerlessSimpleTablesAreRefusedToo(@TempDir Path dir) throws Exception {
    // pandoc's tables.txt: rows indented (code for commonmark) between two dashed lines.
    assertEquals(List.of("01.md:3:1 table-kind-unsupported"), diagnose(dir,
        "Table without column headers:\n\n-------     ------ ----------   -------\n     12     12        12             12\n"
            + "-------     ------ ----------   -------\n\n-- --\n"));
  }

  @Test
  void whatPandocReadsAsAParagraphStaysOne(@TempDir Path dir) throws Exception {
    // A header line without a bar, and a dashed line with no row under it, are no tables in pandoc.
    assertEquals(List.of(), diagnose(dir, "Text\n|---|\n\nSome words here\n-----  -----\n\na\n--|--\n1|2\n"));
    Diagnostics d = new Diagnostics();
    Document doc = ManuscriptReader.read(dir, d).orElseThrow();
    assertEquals(3, doc.chapters().get(0).blocks().size());
    assertTrue(doc.chapters().get(0).blocks().stream().allMatch(b -> b instanceof cz.sazba.model.Paragraph));
    String second = cz.sazba.model.Inlines.plainText(((cz.sazba.model.Paragraph) doc.chapters().get(0).blocks().get(1)).content());
    assertTrue(second.startsWith("Some words here "), second);
  }

  @Test
  void aTableNeedsNoCaptionAndOneBarAloneIsText(@TempDir Path dir) throws Exception {
    assertEquals(List.of(), diagnose(dir, "| a |\n|---|\n| 1 |\n\nA | B is text.\n\n- - -\n"));
  }
}

package cz.sazba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manuscript's every problem shows the first time: a reader error does not hide what the later
 * stages (citations in the transforms, glyph coverage in the typesetter) find in the rest.
 */
class AllStagesReportTest {
  @Test
  void aReaderErrorAnUnknownCitationAndAMissingGlyphAllShowInOneRun(@TempDir Path dir) throws IOException {
    Path manuscript = MainTest.copyOfManuscript(dir);
    Path chapter = manuscript.resolve("01-relations.md");
    String text = Files.readString(chapter, StandardCharsets.UTF_8);
    String added = "\nA clip: <video>html</video>.\n\nAs shown [@no-such-work-anywhere].\n\nThe word is \u56FD.\n";
    Files.writeString(chapter, text + added, StandardCharsets.UTF_8);
    int firstAddedLine = (int) text.chars().filter(c -> c == '\n').count() + 2;

    Path out = dir.resolve("out");
    MainTest.Result r = MainTest.run(manuscript.toString(), "-o", out.toString());

    assertEquals(1, r.exit(), r.err());
    List<String> errors = r.err().lines().filter(l -> l.contains(": error: ")).toList();
    // Each at its own line of the added text, in the order of the text.
    assertTrue(errors.stream().anyMatch(l -> l.contains("01-relations.md:" + firstAddedLine + ":") && l.endsWith("[html-unsupported]")), r.err());
    assertTrue(errors.stream().anyMatch(l -> l.contains("01-relations.md:" + (firstAddedLine + 2) + ":")
        && l.contains("no-such-work-anywhere") && l.endsWith("[cite-unknown]")), r.err());
    assertTrue(errors.stream().anyMatch(l -> l.contains("01-relations.md:" + (firstAddedLine + 4) + ":")
        && l.contains("U+56FD") && l.endsWith("[glyph-missing]")), r.err());
    assertEquals(3, errors.size(), "each problem once:\n" + r.err());
    assertTrue(r.err().contains("3 errors; no files were written"), r.err());
    assertFalse(Files.exists(out), "nothing written");
  }
}

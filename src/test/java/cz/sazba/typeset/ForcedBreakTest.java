package cz.sazba.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cz.sazba.font.FontSet;
import cz.sazba.manuscript.ManuscriptReader;
import cz.sazba.model.Book;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.transform.Transforms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page that had to end where no break is allowed is reported where the block is written. */
class ForcedBreakTest {
  @Test
  void aForcedBreakIsReportedAtTheBlockThatDidNotFit(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("metadata.yaml"), "title: T\nlang: en\n", StandardCharsets.UTF_8);
    // A definition list's term is never broken across pages; this one is longer than a page.
    String term = "word ".repeat(1500).strip();
    Files.writeString(dir.resolve("01.md"), "# Forced\n\nText.\n\n" + term + "\n:   The definition.\n",
        StandardCharsets.UTF_8);
    Diagnostics d = new Diagnostics();
    Book book = Transforms.apply(ManuscriptReader.read(dir, d).orElseThrow(), d);
    Typesetter.typeset(book, FontSet.bundled(), d);
    List<Diagnostic> forced = d.sorted().stream().filter(x -> x.code().equals("page-break-forced")).toList();
    // Once for the block, however many pages it had to be broken over.
    assertEquals(1, forced.size(), d.sorted().stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
    // The definition list starts at line 5, column 1 of the chapter: file:line:col, not <generated>.
    assertEquals("01.md:5:1", Path.of(forced.get(0).span().location()).getFileName().toString(), forced.get(0).format());
  }
}

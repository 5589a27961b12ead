package cz.sazba.manuscript;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Document;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The model the reader makes, printed as a tree and compared with reviewed golden files. */
class GoldenModelTest {
  @Test
  void theFirstBook() throws Exception {
    assertGolden(TestFiles.projectDir().resolve("manuscript"), "first-book.txt");
  }

  @Test
  void aSampleWithEveryConstruct() throws Exception {
    assertGolden(TestFiles.resources().resolve("sample"), "sample.txt");
  }

  private static void assertGolden(Path manuscript, String golden) throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Optional<Document> document = ManuscriptReader.read(manuscript, diagnostics);
    String problems = diagnostics.sorted().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    assertTrue(document.isPresent(), "reading failed:\n" + problems);
    assertTrue(problems.isEmpty(), "unexpected diagnostics:\n" + problems);
    TestFiles.assertGolden(TestFiles.resources().resolve("golden").resolve(golden), ModelPrinter.print(document.get()));
  }
}

package cz.sazba.manuscript;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Document;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under {@code bad/} is a small broken manuscript with {@code expected.txt}: exactly
 * what the user would see, paths shown relative to the folder.
 */
class DiagnosticsCasesTest {
  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(TestFiles.resources().resolve("bad"))) {
      List<String> names = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedDiagnostics(String name) throws Exception {
    Path dir = TestFiles.resources().resolve("bad").resolve(name);
    Diagnostics diagnostics = new Diagnostics();
    Optional<Document> document = ManuscriptReader.read(dir, diagnostics);
    String prefix = ManuscriptReader.displayPath(dir, null) + "/";
    String actual = diagnostics.sorted().stream().map(Diagnostic::format)
        .map(s -> s.replace(System.lineSeparator(), "\n").replace(prefix, ""))
        .collect(Collectors.joining("\n")) + "\n";
    boolean errors = diagnostics.sorted().stream().anyMatch(d -> d.severity() == Severity.ERROR);
    assertTrue(errors, "a bad manuscript must produce at least one error:\n" + actual);
    assertFalse(document.isPresent(), "no document when errors were reported");
    TestFiles.assertGolden(dir.resolve("expected.txt"), actual);
  }
}

package cz.sazba.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Document;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The prose sample (every construct of the prose, English and Czech) reads to the structure
 * pandoc 2.17 gives it. {@code pandoc-native.txt} beside the sample is pandoc's own output,
 * made once with {@code pandoc -f markdown -t native 01-english.md 02-czech.md 03-continued.md}
 * and committed, so the test needs no pandoc.
 */
class PandocComparisonTest {
  static Path sample() {
    return TestFiles.resources().getParent().resolve("prose");
  }

  @Test
  void theProseSampleReadsToPandocsStructure() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Optional<Document> doc = ManuscriptReader.read(sample(), diagnostics);
    String problems = diagnostics.sorted().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    assertTrue(doc.isPresent(), problems);
    assertTrue(diagnostics.sorted().stream().noneMatch(d -> d.severity() == Severity.ERROR), problems);
    assertEquals(Skeleton.ofPandocNative(sample(), "en-US"), Skeleton.ofDocument(doc.get()));
  }
}

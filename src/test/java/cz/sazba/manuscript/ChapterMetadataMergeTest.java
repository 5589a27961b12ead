package cz.sazba.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Document;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chapters' YAML metadata blocks merge into the book's metadata, checked as metadata.yaml is. */
class ChapterMetadataMergeTest {
  @TempDir Path work;
  private final Diagnostics diagnostics = new Diagnostics();

  private Optional<Document> read(String metadata, String... chapters) throws Exception {
    Path dir = Files.createDirectories(work.resolve("m" + System.nanoTime()));
    Files.writeString(dir.resolve("metadata.yaml"), metadata);
    for (int i = 0; i < chapters.length; i++) Files.writeString(dir.resolve("0" + (i + 1) + ".md"), chapters[i]);
    return ManuscriptReader.readAsFarAsPossible(dir, diagnostics);
  }

  /** Every diagnostic as "file:line:col code", the file's name only. */
  private String report() {
    StringBuilder s = new StringBuilder();
    for (Diagnostic d : diagnostics.sorted()) {
      String name = d.span().file().displayPath();
      s.append(name.substring(name.lastIndexOf('/') + 1)).append(':').append(d.span().file().line(d.span().start()))
          .append(':').append(d.span().file().column(d.span().start())).append(' ').append(d.code()).append('\n');
    }
    return s.toString();
  }

  private Diagnostic only(String code) {
    return diagnostics.sorted().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void aKeyMetadataYamlLacksIsReadIntoTheBook() throws Exception {
    Document doc = read("title: T\nlang: en\n", "Intro.\n",
        "Text.\n\n---\nsubtitle: Told Again\nreferences:\n  - {id: k, type: book, title: B, author: [{family: D}],"
            + " issued: {date-parts: [[1990]]}}\n...\n\nMore [@k].\n").orElseThrow();
    assertEquals("", report());
    assertEquals(Optional.of("Told Again"), doc.metadata().subtitle());
    assertEquals(1, doc.metadata().references().size());
    assertEquals("k", doc.metadata().references().get(0).id());
    assertEquals("T", doc.metadata().title());
  }

  @Test
  void metadataYamlWinsAndTheWarningNamesBothPlaces() throws Exception {
    Document doc = read("lang: en\ntitle: The Book\n", "---\ntitle: Chapter One\n---\n\nText.\n").orElseThrow();
    assertEquals("The Book", doc.metadata().title());
    assertEquals("01.md:2:1 metadata-block-overridden\n", report());
    Diagnostic d = only("metadata-block-overridden");
    assertTrue(d.message().contains("metadata.yaml:2"), d.message());
    assertTrue(d.span().file().displayPath().endsWith("01.md"), d.span().file().displayPath());
  }

  @Test
  void sameValueAsMetadataYamlSaysNothing() throws Exception {
    read("title: T\nlang: en\nauthor: [A, B]\n", "---\ntitle: T\nauthor:\n  - A\n  - B\n---\n\nText.\n").orElseThrow();
    assertEquals("", report());
  }

  @Test
  void betweenChaptersTheLaterWinsAsInPandocWithAWarning() throws Exception {
    Document doc = read("title: T\nlang: en\n", "---\nsubtitle: One\n---\n\nA.\n", "B.\n\n---\nsubtitle: Two\n---\n")
        .orElseThrow();
    assertEquals(Optional.of("Two"), doc.metadata().subtitle());
    assertEquals("02.md:4:1 metadata-block-overridden\n", report());
    assertTrue(only("metadata-block-overridden").message().contains("01.md:2"), only("metadata-block-overridden").message());
  }

  @Test
  void badValuesInABlockAreReportedAtTheirPlaceInTheChapter() throws Exception {
    Optional<Document> doc = read("title: T\nlang: en\n", "Text.\n\n---\nnonsense-key: 1\nsubtitle: [a, b]\n---\n");
    assertEquals("01.md:4:1 metadata-unknown-key\n01.md:5:11 metadata-type\n", report());
    assertTrue(doc.isEmpty() || doc.get().metadata().subtitle().isEmpty());
  }

  @Test
  void aDuplicateKeyInOneBlockIsAnErrorThere() throws Exception {
    read("title: T\nlang: en\n", "---\nsubtitle: A\nsubtitle: B\n---\n\nText.\n");
    assertEquals("01.md:3:1 metadata-duplicate-key\n", report());
  }
}

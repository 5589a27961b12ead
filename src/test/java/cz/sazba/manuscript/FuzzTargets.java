package cz.sazba.manuscript;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import cz.sazba.env.BuildEnvironment;
import cz.sazba.model.Document;
import cz.sazba.pipeline.Pipeline;
import cz.sazba.source.BuildFailure;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Severity;
import cz.sazba.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The three things Jazzer fuzzes: the reader (a chapter file), the metadata reader (metadata.yaml)
 * and the whole pipeline (reader, transforms, checks, layout, both writers). Each judges its run
 * with {@link FuzzOracle}; a broken promise is an {@link AssertionError} and any other exception
 * escapes, so Jazzer records either as a finding. Used by {@link JazzerFuzzTest} (the committed
 * corpus, in the suite) and, as {@code --target_class}, by Jazzer's own driver (short runs in
 * {@link JazzerRunTest}, long runs as docs/robustness.md says).
 */
public final class FuzzTargets {
  private static final String METADATA = "title: Fuzz\nlang: cs\nauthor: [Jana]\ndate: 2020-01-02\n"
      + "references:\n  - {id: k, type: book, title: T, author: [{family: D}], issued: {date-parts: [[1990]]}}\n";
  private static final Path DIR = tempDir();

  private FuzzTargets() {}

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("sazba-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A chapter file, fed to the reader with a fixed metadata.yaml. */
  public static void reader(byte[] chapter) {
    Path dir = write(METADATA.getBytes(StandardCharsets.UTF_8), chapter);
    Diagnostics diagnostics = new Diagnostics();
    Optional<Document> doc = ManuscriptReader.read(dir, diagnostics);
    judge(diagnostics, Map.of("01.md", chapter, "metadata.yaml", METADATA.getBytes(StandardCharsets.UTF_8)));
    boolean errors = diagnostics.hasErrors();
    if (doc.isPresent() && !errors) require(FuzzOracle.checkDocument(doc.get()), "document");
  }

  /** A metadata.yaml, decoded and read as the reader does. */
  public static void metadata(byte[] yaml) {
    Diagnostics diagnostics = new Diagnostics();
    SourceFile file = SourceLoader.decode(yaml, "metadata.yaml", diagnostics);
    MetadataReader.read(file, DIR, diagnostics);
    judge(diagnostics, Map.of("metadata.yaml", yaml));
  }

  /** Metadata and a chapter through the whole build; bad input may fail only with diagnostics. */
  public static void pipeline(FuzzedDataProvider data) {
    byte[] yaml = (METADATA + data.consumeString(200)).getBytes(StandardCharsets.UTF_8);
    byte[] chapter = data.consumeRemainingAsBytes();
    Path dir = write(yaml, chapter);
    Diagnostics diagnostics = new Diagnostics();
    try {
      Pipeline.build(dir, BuildEnvironment.fixed(), diagnostics);
    } catch (BuildFailure failure) {
      if (failure.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR)) {
        throw new AssertionError("a failed build without an error");
      }
    }
    judge(diagnostics, Map.of("01.md", chapter, "metadata.yaml", yaml));
  }

  private static Path write(byte[] metadata, byte[] chapter) {
    try {
      Files.write(DIR.resolve("metadata.yaml"), metadata);
      Files.write(DIR.resolve("01.md"), chapter);
      return DIR;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void judge(Diagnostics diagnostics, Map<String, byte[]> raw) {
    for (Diagnostic d : diagnostics.sorted()) {
      List<String> problems = new ArrayList<>(FuzzOracle.checkDiagnostic(d, raw(d, raw)));
      require(problems, d.format());
    }
  }

  /** The raw bytes keyed by the display path the reader gave them (absolute or relative). */
  private static Map<String, byte[]> raw(Diagnostic d, Map<String, byte[]> byName) {
    String path = d.span().file().displayPath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    byte[] bytes = byName.get(name);
    return bytes == null ? Map.of() : Map.of(path, bytes);
  }

  private static void require(List<String> problems, String what) {
    if (!problems.isEmpty()) throw new AssertionError(what + ": " + String.join("; ", problems));
  }

  /** {@code --target_class} entry points for Jazzer's driver. */
  public static final class Reader {
    public static void fuzzerTestOneInput(byte[] data) {
      reader(data);
    }
  }

  public static final class Metadata {
    public static void fuzzerTestOneInput(byte[] data) {
      metadata(data);
    }
  }

  public static final class WholePipeline {
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
      pipeline(data);
    }
  }
}

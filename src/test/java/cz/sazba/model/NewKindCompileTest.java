package cz.sazba.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of the visitors, checked for real: a copy of the main sources gets a throwaway
 * block kind (and, separately, a throwaway inline kind), and the compiler must refuse it in every
 * class that handles each kind, and every error must be about the new kind. The expected list is
 * computed from the sources (every visitor implementation, and the concrete subclasses of the
 * abstract {@link ModelRewriter}), so it stays true as stages are added; docs/architecture.md's
 * "where to make a change" is this list.
 */
class NewKindCompileTest {
  private static final Path MAIN = Path.of("src/main/java");

  @Test
  void aNewBlockKindIsACompileErrorInEveryBlockVisitor(@TempDir Path dir) throws IOException {
    Set<String> flagged = compileWithThrowaway(dir, "Block", "BlockVisitor", """
        package cz.sazba.model;

        public record Throwaway(cz.sazba.source.Span span) implements Block {
          @Override public <R> R accept(BlockVisitor<R> visitor) { return visitor.visitThrowaway(this); }
        }
        """);
    assertEquals(implementers("BlockVisitor"), flagged);
    assertTrue(flagged.containsAll(List.of("model/ModelWalk.java", "transform/NoteNumbering.java",
        "epub/ContentDocument.java", "typeset/BlockLayouters.java", "typeset/GlyphCoverage.java")), flagged.toString());
  }

  @Test
  void aNewInlineKindIsACompileErrorInEveryInlineVisitor(@TempDir Path dir) throws IOException {
    Set<String> flagged = compileWithThrowaway(dir, "Inline", "InlineVisitor", """
        package cz.sazba.model;

        public record Throwaway(cz.sazba.source.Span span) implements Inline {
          @Override public <R> R accept(InlineVisitor<R> visitor) { return visitor.visitThrowaway(this); }
        }
        """);
    assertEquals(implementers("InlineVisitor"), flagged);
    assertTrue(flagged.containsAll(List.of("model/ModelWalk.java", "transform/NoteNumbering.java", "model/Inlines.java",
        "epub/InlineWriter.java", "typeset/InlineFlattener.java")), flagged.toString());
  }

  /**
   * Copies the main sources into {@code dir}, adds the throwaway kind to {@code sealedType}'s
   * permits and a method for it to {@code visitor}, compiles, and returns the files the compiler
   * refused (relative to {@code cz/sazba}); fails if any error is about anything else.
   */
  private static Set<String> compileWithThrowaway(Path dir, String sealedType, String visitor, String kind)
      throws IOException {
    Path src = dir.resolve("src");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(MAIN)) {
      for (Path p : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Path copy = src.resolve(MAIN.relativize(p).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(p, copy);
        files.add(copy);
      }
    }
    Path model = src.resolve("cz/sazba/model");
    replaceOnce(model.resolve(sealedType + ".java"), "permits ", "permits Throwaway, ");
    String v = Files.readString(model.resolve(visitor + ".java"), StandardCharsets.UTF_8);
    int end = v.lastIndexOf('}');
    Files.writeString(model.resolve(visitor + ".java"), v.substring(0, end) + "  R visitThrowaway(Throwaway t);\n}\n",
        StandardCharsets.UTF_8);
    Path throwaway = model.resolve("Throwaway.java");
    Files.writeString(throwaway, kind, StandardCharsets.UTF_8);
    files.add(throwaway);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path out = Files.createDirectories(dir.resolve("classes"));
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("--release", "17", "-proc:none", "-Xmaxerrs", "10000", "-d", out.toString(),
          "-classpath", System.getProperty("java.class.path"));
      boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
      assertFalse(ok, "the sources compiled with a kind no visitor handles");
    }
    Set<String> flagged = new TreeSet<>();
    Path base = src.resolve("cz/sazba");
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) continue;
      String message = d.getMessage(Locale.ROOT);
      assertTrue(message.contains("visitThrowaway"), "an error not about the new kind: " + message);
      flagged.add(base.relativize(Path.of(d.getSource().toUri())).toString().replace('\\', '/'));
    }
    return flagged;
  }

  /**
   * The main source files that implement {@code visitor}: what the compiler must list. An
   * abstract implementer ({@link ModelRewriter}) is not refused itself; each concrete subclass
   * (named or anonymous) is, which is where the compiler points, so those are expected instead.
   */
  private static Set<String> implementers(String visitor) throws IOException {
    Set<String> out = new TreeSet<>();
    Set<String> abstractOnes = new TreeSet<>();
    java.util.Map<String, String> sources = new java.util.TreeMap<>();
    Path base = MAIN.resolve("cz/sazba");
    try (Stream<Path> walk = Files.walk(base)) {
      walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
        try {
          sources.put(base.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    java.util.regex.Pattern abstractImpl = java.util.regex.Pattern.compile(
        "abstract class (\\w+)[^{]*implements [^{]*\\b" + visitor + "\\b");
    for (var e : sources.entrySet()) {
      var m = abstractImpl.matcher(e.getValue());
      if (m.find()) abstractOnes.add(m.group(1));
      else if (e.getValue().matches("(?s).*(implements [^{]*\\b" + visitor + "\\b|new " + visitor + "<).*")) {
        out.add(e.getKey());
      }
    }
    for (String a : abstractOnes) {
      for (var e : sources.entrySet()) if (e.getValue().matches("(?s).*(\\bextends " + a + "\\b|\\bnew " + a + "\\(\\)\\s*\\{).*")) out.add(e.getKey());
    }
    return out;
  }

  private static void replaceOnce(Path file, String what, String with) throws IOException {
    String s = Files.readString(file, StandardCharsets.UTF_8);
    int at = s.indexOf(what);
    assertTrue(at >= 0, file + " has no " + what);
    Files.writeString(file, s.substring(0, at) + with + s.substring(at + what.length()), StandardCharsets.UTF_8);
  }
}

package cz.sazba.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Chapter;
import cz.sazba.model.Document;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Severity;
import cz.sazba.transform.Transforms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of damaged manuscripts, made from the first book and the sample by {@link Mutator}
 * with fixed seeds, read by {@link ManuscriptReader} and, when accepted, transformed. The
 * promise under test: bad input never throws; the build stops exactly when an error was reported;
 * every diagnostic points into the file at a real line and column and reads as one line; and text
 * the reader accepts is not lost on the way to the model.
 *
 * <p>A failure names the seed and the mutant's number and leaves the mutant under {@code
 * target/fuzz-failures/}, so it can be read again by hand.
 */
class ManuscriptFuzzTest {
  /** Fixed, so that a failure is the same failure on every run and machine. */
  private static final long[] SEEDS = {20240601L, 1L, 42L, 0xC0FFEEL, 869086731L, 7L};
  private static final int MUTANTS_PER_SEED = 300;
  private static final int WORD_INSERTIONS = 400;

  @TempDir static Path work;

  private static List<Base> bases;

  /** An unharmed manuscript: its files' bytes by name. */
  record Base(String name, Map<String, byte[]> files) {}

  /** What one run of reader and transforms gave. */
  record Outcome(Optional<Document> document, List<Diagnostic> read, List<Diagnostic> transformed, Throwable thrown) {}

  @BeforeAll
  static void loadBases() {
    bases = List.of(load("manuscript", TestFiles.projectDir().resolve("manuscript")),
        load("sample", TestFiles.resources().resolve("sample")));
  }

  @Test
  void theUnharmedManuscriptsReadWithoutProblems() {
    for (Base base : bases) {
      Outcome outcome = run(write(base, base.files(), "unharmed-" + base.name()));
      assertTrue(outcome.document().isPresent(), base.name() + ": " + outcome.read());
      assertEquals(List.of(), FuzzOracle.checkDocument(outcome.document().get()));
    }
  }

  @Test
  void damagedManuscriptsAreReportedNeverThrown() {
    Map<String, String> failures = new TreeMap<>();
    Map<String, Integer> failureCounts = new TreeMap<>();
    int accepted = 0;
    int rejected = 0;
    for (long seed : SEEDS) {
      Random random = new Random(seed);
      Mutator mutator = new Mutator(random);
      for (int n = 0; n < MUTANTS_PER_SEED; n++) {
        Base base = bases.get(random.nextInt(bases.size()));
        List<String> names = new ArrayList<>(base.files().keySet());
        String name = names.get(random.nextInt(names.size()));
        Map<String, byte[]> files = new TreeMap<>(base.files());
        files.put(name, mutator.mutate(files.get(name), name.endsWith(".yaml")));
        Path dir = write(base, files, "mutant-" + base.name());
        Outcome outcome = run(dir);
        List<String> problems = judge(dir, files, outcome);
        if (outcome.document().isPresent()) accepted++;
        else rejected++;
        for (String p : problems) {
          // One example of each kind of failure is enough to read; the count says how common it is.
          String kind = String.join(" ", java.util.Arrays.asList(p.split(" ")).subList(0, Math.min(4, p.split(" ").length)));
          failures.merge(kind, "seed " + seed + " mutant " + n + " (" + base.name() + "/" + name + "): "
              + p.substring(0, Math.min(p.length(), 600)), (a, b) -> a);
          failureCounts.merge(kind, 1, Integer::sum);
        }
        if (!problems.isEmpty()) keep(files, seed, n);
      }
    }
    assertEquals("", failures.entrySet().stream()
            .map(e -> failureCounts.get(e.getKey()) + "× " + e.getValue()).collect(Collectors.joining("\n")),
        "mutants broke a promise");
    // The damage must exercise both outcomes, or the test proves little about either.
    int total = SEEDS.length * MUTANTS_PER_SEED;
    assertTrue(accepted > total / 20, "only " + accepted + " mutants were accepted");
    assertTrue(rejected > total / 5, "only " + rejected + " mutants were rejected");
  }

  /**
   * The values of the sample's metadata, one at a time, replaced by the values of {@link
   * Mutator#YAML_VALUES}: other types, other shapes, out-of-range dates and lengths. Systematic
   * rather than random, since a crash may hide behind one key and one value.
   */
  @Test
  void everyMetadataValueOfEveryTypeIsReportedNeverThrown() {
    Base base = bases.get(1);
    String yaml = Mutator.decode(base.files().get(ManuscriptReader.METADATA_FILE));
    List<int[]> places = Mutator.yamlValuePlaces(yaml);
    Map<String, String> failures = new TreeMap<>();
    int runs = 0;
    for (int k = 0; k < places.size(); k++) {
      int[] place = places.get(k);
      // Half the values at each key, the other half at the next: every value is tried at every
      // other key, and twice as fast as all of them.
      for (int v = k % 2; v < Mutator.YAML_VALUES.size(); v += 2) {
        String value = Mutator.YAML_VALUES.get(v);
        Map<String, byte[]> files = new TreeMap<>(base.files());
        String mutant = yaml.substring(0, place[0]) + value + yaml.substring(place[1]);
        files.put(ManuscriptReader.METADATA_FILE, Mutator.encode(mutant));
        Path dir = write(base, files, "yaml-" + base.name());
        List<String> problems = judge(dir, files, run(dir));
        runs++;
        if (!problems.isEmpty()) {
          failures.putIfAbsent(problems.get(0).substring(0, Math.min(60, problems.get(0).length())),
              FuzzOracle.escape(yaml.substring(place[0] - 12 < 0 ? 0 : place[0] - 12, place[0]) + value) + ": " + problems);
        }
      }
    }
    assertEquals("", String.join("\n", failures.values()));
    assertTrue(runs > 1500, runs + " runs");
  }

  /**
   * A word inserted before another word of a paragraph or heading, outside any bracket, must
   * leave the manuscript valid and appear in the model: the simplest edit an author makes.
   */
  @Test
  void anInsertedWordIsNeverLost() {
    Random random = new Random(5L);
    int checked = 0;
    List<String> failures = new ArrayList<>();
    for (int n = 0; n < WORD_INSERTIONS; n++) {
      Base base = bases.get(random.nextInt(bases.size()));
      List<String> chapters = base.files().keySet().stream().filter(f -> f.endsWith(".md")).collect(Collectors.toList());
      String name = chapters.get(random.nextInt(chapters.size()));
      String text = Mutator.decode(base.files().get(name));
      List<Integer> places = SyntaxMask.wordStartsOutsideBrackets(text);
      int at = places.get(random.nextInt(places.size()));
      String word = "zq" + randomLetters(random, 5);
      Map<String, byte[]> files = new TreeMap<>(base.files());
      files.put(name, Mutator.encode(text.substring(0, at) + word + " " + text.substring(at)));
      Outcome outcome = run(write(base, files, "word-" + base.name()));
      if (outcome.thrown() != null || outcome.document().isEmpty()) {
        failures.add(word + " at " + at + " in " + base.name() + "/" + name + ": " + outcome.read() + " " + outcome.thrown());
        continue;
      }
      List<String> strings = new ArrayList<>();
      for (Chapter c : outcome.document().get().chapters()) FuzzOracle.collectStrings(c.blocks(), strings);
      if (strings.stream().noneMatch(s -> s.contains(word))) {
        failures.add(word + " at " + at + " in " + base.name() + "/" + name + " is missing from the model");
      }
      checked++;
    }
    assertEquals(List.of(), failures);
    assertEquals(WORD_INSERTIONS, checked);
  }

  /** Every promise about one outcome; empty when all hold. */
  private static List<String> judge(Path dir, Map<String, byte[]> files, Outcome outcome) {
    List<String> problems = new ArrayList<>();
    if (outcome.thrown() != null) {
      java.io.StringWriter trace = new java.io.StringWriter();
      outcome.thrown().printStackTrace(new java.io.PrintWriter(trace));
      problems.add("threw " + trace.toString().lines().limit(12).collect(Collectors.joining(" | ")));
      return problems;
    }
    Map<String, byte[]> raw = new TreeMap<>();
    files.forEach((name, bytes) -> raw.put(ManuscriptReader.displayPath(dir, name), bytes));
    boolean readErrors = outcome.read().stream().anyMatch(d -> d.severity() == Severity.ERROR);
    if (outcome.document().isPresent() && readErrors) problems.add("a document despite errors: " + outcome.read());
    if (outcome.document().isEmpty() && !readErrors) problems.add("no document and no error: " + outcome.read());
    List<Diagnostic> all = new ArrayList<>(outcome.read());
    all.addAll(outcome.transformed());
    for (Diagnostic d : all) {
      for (String p : FuzzOracle.checkDiagnostic(d, raw)) problems.add(p + " in " + FuzzOracle.escape(d.format()));
    }
    outcome.document().ifPresent(doc -> {
      problems.addAll(FuzzOracle.checkDocument(doc));
      problems.addAll(SyntaxMask.lostLetters(doc));
    });
    return problems;
  }

  private static Outcome run(Path dir) {
    Diagnostics read = new Diagnostics();
    Diagnostics transformed = new Diagnostics();
    Optional<Document> document = Optional.empty();
    try {
      document = ManuscriptReader.read(dir, read);
      if (document.isPresent()) Transforms.apply(document.get(), transformed);
    } catch (Throwable t) { // NOPMD: a StackOverflowError is exactly what this test must catch
      return new Outcome(document, read.sorted(), transformed.sorted(), t);
    }
    return new Outcome(document, read.sorted(), transformed.sorted(), null);
  }

  private static Base load(String name, Path dir) {
    Map<String, byte[]> files = new TreeMap<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) if (Files.isRegularFile(p)) files.put(p.getFileName().toString(), Files.readAllBytes(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertFalse(files.isEmpty(), "no files in " + dir);
    return new Base(name, files);
  }

  /** The files into one directory per base and purpose, overwritten by the next mutant. */
  private static Path write(Base base, Map<String, byte[]> files, String dirName) {
    Path dir = work.resolve(dirName);
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, byte[]> f : files.entrySet()) Files.write(dir.resolve(f.getKey()), f.getValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /** A failing mutant, saved where a person can read it again. */
  private static void keep(Map<String, byte[]> files, long seed, int n) {
    Path dir = TestFiles.projectDir().resolve("target/fuzz-failures/" + seed + "-" + n);
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, byte[]> f : files.entrySet()) Files.write(dir.resolve(f.getKey()), f.getValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String randomLetters(Random random, int n) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < n; k++) b.append((char) ('a' + random.nextInt(26)));
    return b.toString();
  }
}

package cz.sazba.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill safety of {@link AtomicOutput}, with real processes: a writer that replaces a pair of
 * large files over and over is killed with SIGKILL at random moments; after each kill the folder
 * holds a whole pair of one generation (or, only when a committed journal says so, a pair the next
 * run completes), and after the next run's recovery a whole pair of one generation and no
 * temporary file. Two writers at once into one folder both end with whole files.
 */
class AtomicOutputKillTest {
  static final int SIZE = 4 << 20;

  /** The child: writes generation after generation (each file all one byte value) until killed or done. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    int seed = Integer.parseInt(args[2]);
    for (int g = 1; count < 0 || g <= count; g++) {
      byte value = (byte) (seed * 31 + g);
      byte[] data = new byte[SIZE];
      Arrays.fill(data, value);
      byte[] other = new byte[SIZE / 2];
      Arrays.fill(other, value);
      Map<String, byte[]> files = new LinkedHashMap<>();
      files.put("book.pdf", data);
      files.put("book.epub", other);
      AtomicOutput.write(dir, files);
      if (g == 1) System.out.println("written");
    }
  }

  private static Process child(Path dir, int count, int seed) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
        AtomicOutputKillTest.class.getName(), dir.toString(), String.valueOf(count), String.valueOf(seed))
        .redirectErrorStream(true).start();
  }

  @Test
  void aKilledBuildLeavesOnePairAndNoTemporaryFiles(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("out");
    Random random = new Random(11);
    int mixedAtRest = 0;
    for (int kill = 0; kill < 10; kill++) {
      Process p = child(dir, -1, kill);
      // Kill at a random moment after the first pair exists: mid-write, mid-commit, mid-rename.
      if (kill > 0 || waitForLine(p)) Thread.sleep(30 + random.nextInt(400));
      p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally
      assertTrue(p.waitFor(20, TimeUnit.SECONDS));
      boolean journal = Files.exists(dir.resolve(AtomicOutput.JOURNAL));
      if (!journal) assertWholePair(dir);
      else mixedAtRest++;
      AtomicOutput.recover(dir);
      assertWholePair(dir);
      assertEquals(List.of(".sazba.lock", "book.epub", "book.pdf"), names(dir), "nothing else is left");
    }
    // A journal at rest means the kill fell between commit and the last rename: rare, repaired above.
    assertTrue(mixedAtRest <= 10);
  }

  @Test
  void twoBuildsIntoOneFolderBothEndWithWholeFiles(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("out");
    Process a = child(dir, 6, 1);
    Process b = child(dir, 6, 2);
    assertTrue(a.waitFor(120, TimeUnit.SECONDS) && b.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, a.exitValue(), new String(a.getInputStream().readAllBytes()));
    assertEquals(0, b.exitValue(), new String(b.getInputStream().readAllBytes()));
    assertWholePair(dir);
    assertEquals(List.of(".sazba.lock", "book.epub", "book.pdf"), names(dir));
  }

  private static boolean waitForLine(Process p) throws IOException {
    int c;
    while ((c = p.getInputStream().read()) >= 0) if (c == '\n') return true;
    return false;
  }

  /** Both files there, whole, and of one generation (all bytes the same value in both). */
  private static void assertWholePair(Path dir) throws IOException {
    byte[] pdf = Files.readAllBytes(dir.resolve("book.pdf"));
    byte[] epub = Files.readAllBytes(dir.resolve("book.epub"));
    assertEquals(SIZE, pdf.length, "the PDF is whole");
    assertEquals(SIZE / 2, epub.length, "the EPUB is whole");
    byte g = pdf[0];
    for (byte x : pdf) assertEquals(g, x, "one generation in the PDF");
    for (byte x : epub) assertEquals(g, x, "the EPUB is of the PDF's generation");
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toCollection(ArrayList::new));
    }
  }
}

package cz.sazba.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.env.BuildEnvironment;
import cz.sazba.testing.ArticleText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --watch}: an edit rebuilds in the same JVM; a broken edit keeps the last good books. */
class WatchTest {
  @TempDir Path tmp;

  @Test
  void anEditRebuildsAndABrokenEditKeepsTheLastGoodBooks() throws Exception {
    Path manuscript = tmp.resolve("manuscript");
    Files.createDirectories(manuscript);
    try (Stream<Path> files = Files.list(ArticleText.projectDir().resolve("manuscript"))) {
      for (Path f : (Iterable<Path>) files::iterator) Files.copy(f, manuscript.resolve(f.getFileName()));
    }
    Path out = tmp.resolve("book");
    StringWriter outText = new StringWriter();
    StringWriter errText = new StringWriter();
    PrintWriter o = new PrintWriter(outText, true);
    PrintWriter e = new PrintWriter(errText, true);
    AtomicBoolean going = new AtomicBoolean(true);
    Watch watch = new Watch(manuscript, out, BuildEnvironment.fixed(), o, e);
    Thread t = new Thread(() -> watch.run(going::get));
    t.start();
    try {
      await(outText, "sazba: built ");
      Path chapter = manuscript.resolve("01-relations.md");
      Path pdf = out.resolve("czechoslovakia-soviet-union-relations.pdf");
      String text = Files.readString(chapter);
      long best = Long.MAX_VALUE;
      for (int edit = 1; edit <= 4; edit++) {
        Files.writeString(chapter, text.replaceFirst("relations", "relations" + " ".repeat(edit)) + "\nEdit " + edit + ".\n");
        String line = await(outText, "rebuilt", edit);
        Matcher m = Pattern.compile("in (\\d+) ms").matcher(line);
        assertTrue(m.find(), line);
        best = Math.min(best, Long.parseLong(m.group(1)));
      }
      System.out.println("watch: best rebuild of the first book after an edit " + best + " ms");
      assertTrue(best < 1500, "rebuild took " + best + " ms");
      byte[] good = Files.readAllBytes(pdf);
      Files.writeString(chapter, text + "\n$x^2$ is math.\n");
      awaitErr(errText, "the last good ones");
      assertTrue(errText.toString().contains("[math-unsupported]"), errText.toString());
      assertArrayEquals(good, Files.readAllBytes(pdf), "the last good PDF stays");
    } finally {
      going.set(false);
      t.join(10_000);
    }
  }

  private static String await(StringWriter w, String marker) throws InterruptedException {
    return await(w, marker, 1);
  }

  /** The line with the n-th occurrence of marker, waiting up to 60 s for it. */
  private static String await(StringWriter w, String marker, int n) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      String[] lines = w.toString().split("\n");
      int seen = 0;
      for (String l : lines) if (l.contains(marker) && ++seen == n) return l;
      Thread.sleep(100);
    }
    throw new AssertionError("no '" + marker + "' #" + n + " in:\n" + w);
  }

  private static void awaitErr(StringWriter w, String marker) throws InterruptedException {
    await(w, marker, 1);
  }
}

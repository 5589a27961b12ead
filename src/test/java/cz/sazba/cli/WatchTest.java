package cz.sazba.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.env.BuildEnvironment;
import cz.sazba.pipeline.BookPipeline;
import cz.sazba.source.Diagnostics;
import cz.sazba.testing.ArticleText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --watch}: an edit rebuilds in the same JVM, to the bytes a build of its own gives; a
 * broken edit keeps the last good books. How fast is measured by scripts/benchmark-watch.sh, not here.
 */
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
      Path epub = out.resolve("czechoslovakia-soviet-union-relations.epub");
      byte[] firstPdf = Files.readAllBytes(pdf);
      byte[] firstEpub = Files.readAllBytes(epub);
      String text = Files.readString(chapter);
      for (int edit = 1; edit <= 3; edit++) {
        save(chapter, text.replaceFirst("relations", "relations" + " ".repeat(edit)) + "\nEdit " + edit + ".\n");
        String line = await(outText, "rebuilt", edit);
        assertTrue(Pattern.compile("in \\d+ ms").matcher(line).find(), line);
      }
      // What the caches kept between rebuilds changes no byte: the last rebuild is what a build
      // of the edited manuscript on a pipeline of its own gives, and undoing the edits gives back
      // the first build's books.
      Path fresh = tmp.resolve("fresh");
      try (BookPipeline own = BookPipeline.withThreads(1)) {
        own.buildTo(manuscript, fresh, BuildEnvironment.fixed(), new Diagnostics());
      }
      assertArrayEquals(Files.readAllBytes(fresh.resolve(pdf.getFileName())), Files.readAllBytes(pdf));
      assertArrayEquals(Files.readAllBytes(fresh.resolve(epub.getFileName())), Files.readAllBytes(epub));
      save(chapter, text);
      await(outText, "rebuilt", 4);
      assertArrayEquals(firstPdf, Files.readAllBytes(pdf), "the PDF of the undone edits");
      assertArrayEquals(firstEpub, Files.readAllBytes(epub), "the EPUB of the undone edits");
      byte[] good = Files.readAllBytes(pdf);
      save(chapter, text + "\n$x^2$ is math.\n");
      awaitErr(errText, "the last good ones");
      assertTrue(errText.toString().contains("[math-unsupported]"), errText.toString());
      assertArrayEquals(good, Files.readAllBytes(pdf), "the last good PDF stays");
    } finally {
      going.set(false);
      t.join(10_000);
    }
  }

  /**
   * Saves as many editors do, a new file renamed over the old; written outside the watched folder,
   * so the watch sees one change however slowly this thread runs on a loaded machine.
   */
  private static void save(Path file, String text) throws java.io.IOException {
    Path next = file.getParent().resolveSibling(file.getFileName() + ".saving");
    Files.writeString(next, text);
    Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
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

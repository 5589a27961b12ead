package cz.sazba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The books-done line of a batch: on a terminal only, without {@code -q}, one line rewritten in place. */
class ProgressTest {
  private static final String WIPE = "\r\u001b[K";

  @Test
  void onATerminalTheCounterRewritesOneLineAndWipesIt() {
    StringWriter text = new StringWriter();
    try (BooksDone counter = Progress.booksDone(new PrintWriter(text), 3, false, true)) {
      counter.done(1);
      counter.done(2);
      counter.done(3);
    }
    assertEquals("\rsazba: 0 of 3 books done\rsazba: 1 of 3 books done\rsazba: 2 of 3 books done"
        + "\rsazba: 3 of 3 books done" + WIPE, text.toString());
  }

  @Test
  void oneBookIsABook() {
    StringWriter text = new StringWriter();
    try (BooksDone counter = Progress.booksDone(new PrintWriter(text), 1, false, true)) {
      counter.done(1);
    }
    assertEquals("\rsazba: 0 of 1 book done\rsazba: 1 of 1 book done" + WIPE, text.toString());
  }

  @Test
  void nothingWhenNotATerminalOrQuiet() {
    for (boolean[] c : new boolean[][] {{false, false}, {true, true}, {true, false}}) {
      boolean quiet = c[0];
      boolean terminal = c[1];
      if (!quiet && terminal) continue;
      StringWriter text = new StringWriter();
      try (BooksDone counter = Progress.booksDone(new PrintWriter(text), 2, quiet, terminal)) {
        counter.done(1);
        counter.done(2);
      }
      assertEquals("", text.toString(), "quiet " + quiet + ", terminal " + terminal);
    }
  }

  /** A real batch counts every book, the failed one too, and the line is gone before the reports. */
  @Test
  void aBatchOnATerminalCountsItsBooks(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    Path a = BatchTest.manuscript(in, "a", "Alpha", "Text of alpha.\n");
    Path bad = BatchTest.manuscript(in, "bad", "Bad", "It cites [@nobody].\n");
    Path out = dir.resolve("out");
    StringWriter errText = new StringWriter();
    StringWriter outText = new StringWriter();
    int exit = BatchCommand.run(List.of(a, bad), null, out, false, new PrintWriter(outText, true),
        new PrintWriter(errText, true), true);
    assertEquals(1, exit, errText.toString());
    String err = errText.toString();
    String line = err.substring(0, err.indexOf(WIPE) + WIPE.length());
    assertEquals("\rsazba: 0 of 2 books done\rsazba: 1 of 2 books done\rsazba: 2 of 2 books done" + WIPE, line);
    assertEquals(true, err.substring(line.length()).contains("== bad"), err);
    assertEquals(true, Files.exists(out.resolve("a/alpha.pdf")));

    StringWriter piped = new StringWriter();
    BatchCommand.run(List.of(a), null, dir.resolve("out2"), false, new PrintWriter(new StringWriter(), true),
        new PrintWriter(piped, true), false);
    assertEquals("", piped.toString());
  }
}

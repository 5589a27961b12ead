package cz.sazba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Main's own reading of the everyday command line (no picocli at start-up) agrees with picocli's. */
class PlainCommandLineTest {
  private static final PrintWriter SINK = new PrintWriter(new StringWriter());

  private static Main plain(String... args) {
    return Main.plainBuild(args, SINK, SINK, Map.of());
  }

  @Test
  void readsTheEverydayCommandLineAsPicocliDoes() {
    List<String[]> lines = List.of(
        new String[] {"manuscript"},
        new String[] {"manuscript", "-o", "out"},
        new String[] {"-o", "out dir", "manuscript", "-q"},
        new String[] {"manuscript", "--output", "out", "--verbose"},
        new String[] {"manuscript", "--output=out", "-v", "--quiet"},
        new String[] {"a", "b", "-o", "out"});
    for (String[] args : lines) {
      Main mine = plain(args);
      assertNotNull(mine, String.join(" ", args));
      Main theirs = new Main(SINK, SINK, Map.of());
      new CommandLine(theirs).parseArgs(args);
      String what = String.join(" ", args);
      assertEquals(theirs.manuscripts, mine.manuscripts, what);
      assertEquals(theirs.output, mine.output, what);
      assertEquals(theirs.quiet, mine.quiet, what);
      assertEquals(theirs.verbose, mine.verbose, what);
      assertNull(mine.batch, what);
      assertFalse(mine.watch, what);
    }
  }

  @Test
  void leavesEverythingElseToPicocli() {
    List<String[]> lines = List.of(
        new String[] {},
        new String[] {"--help"},
        new String[] {"-V"},
        new String[] {"manuscript", "--watch"},
        new String[] {"--batch", "books"},
        new String[] {"manuscript", "-qv"},
        new String[] {"manuscript", "-o"},
        new String[] {"manuscript", "-o", "a", "-o", "b"},
        new String[] {"manuscript", "-q", "-q"},
        new String[] {"manuscript", "-oout"},
        new String[] {"manuscript", "--", "-o"},
        new String[] {"@args.txt"},
        new String[] {"manuscript", "--unknown"},
        new String[] {"manuscript", "a\0b"});
    for (String[] args : lines) assertNull(plain(args), String.join(" ", args));
  }
}

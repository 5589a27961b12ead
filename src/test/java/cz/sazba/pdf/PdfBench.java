package cz.sazba.pdf;

import cz.sazba.env.BuildEnvironment;
import cz.sazba.font.FontCache;
import cz.sazba.font.FontSet;
import cz.sazba.manuscript.ManuscriptReader;
import cz.sazba.model.Book;
import cz.sazba.model.Document;
import cz.sazba.pipeline.Timestamps;
import cz.sazba.source.Diagnostics;
import cz.sazba.transform.Transforms;
import cz.sazba.typeset.ShapedWords;
import cz.sazba.typeset.Typesetter;
import cz.sazba.typeset.page.LaidOutBook;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

/**
 * The PDF writer alone, on a book laid out once: not a test (nothing is asserted unless a
 * reference file is given, and the suite does not run it), a harness to time and profile under.
 *
 * <pre>
 *   java -cp target/classes:target/test-classes:target/sazba-0.1.0.jar cz.sazba.pdf.PdfBench \
 *       MANUSCRIPT_DIR ROUNDS [REFERENCE.pdf]
 * </pre>
 *
 * Prints, for the first (cold) write and each later one, the wall time, the writing thread's CPU
 * time and the bytes it allocated; with a reference file, says whether every write equals it.
 */
public final class PdfBench {
  private PdfBench() {}

  public static void main(String[] args) throws Exception {
    Path manuscript = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    byte[] reference = args.length > 2 ? Files.readAllBytes(Path.of(args[2])) : null;
    Diagnostics d = new Diagnostics();
    Document doc = ManuscriptReader.read(manuscript, d).orElseThrow();
    Book book = Transforms.apply(doc, d);
    FontSet fonts = FontCache.create().load(book.metadata().layout().fonts(), manuscript);
    LaidOutBook laid = Typesetter.typeset(book, fonts, d, Typesetter.Resources.sequential())
        .orElseThrow().book();
    Instant at = Timestamps.of(BuildEnvironment.from(System.getenv()), book.metadata());
    long runs = 0, glyphs = 0, elements = 0;
    for (var page : laid.pages()) {
      for (var e : page.elements()) {
        elements++;
        if (e instanceof cz.sazba.typeset.page.GlyphRun run) {
          runs++;
          glyphs += run.glyphs().size();
        }
      }
    }
    System.out.printf("%d pages, %d elements, %d glyph runs, %d glyphs%n", laid.pages().size(), elements, runs, glyphs);
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    long[] wall = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      long alloc = threads.getThreadAllocatedBytes(self);
      long cpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      byte[] pdf = PdfWriter.write(laid, at);
      wall[r] = System.nanoTime() - start;
      cpu = threads.getCurrentThreadCpuTime() - cpu;
      alloc = threads.getThreadAllocatedBytes(self) - alloc;
      String same = reference == null ? "" : Arrays.equals(pdf, reference) ? "  same as reference" : "  DIFFERENT";
      System.out.printf("write %d: %7.1f ms wall %7.1f ms cpu %7.1f MB allocated, %d bytes%s%n",
          r + 1, wall[r] / 1e6, cpu / 1e6, alloc / 1e6, pdf.length, same);
    }
    if (rounds > 2) {
      long[] warm = Arrays.copyOfRange(wall, 1, rounds);
      Arrays.sort(warm);
      System.out.printf("warm median %.1f ms%n", warm[warm.length / 2] / 1e6);
    }
  }
}

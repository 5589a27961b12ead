package cz.sazba.pipeline;

import cz.sazba.env.BuildEnvironment;
import cz.sazba.epub.EpubWriter;
import cz.sazba.font.FontCache;
import cz.sazba.font.FontSet;
import cz.sazba.manuscript.ManuscriptReader;
import cz.sazba.model.Book;
import cz.sazba.model.Document;
import cz.sazba.pdf.PdfWriter;
import cz.sazba.source.Diagnostics;
import cz.sazba.transform.Transforms;
import cz.sazba.typeset.ShapedWords;
import cz.sazba.typeset.Typesetter;
import cz.sazba.typeset.page.LaidOutBook;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * Where a build's time goes, stage by stage, in a warm JVM: not a test (nothing is asserted and
 * it is not run by the suite), a harness to profile under. Each round runs every stage once on
 * the result of the one before; the first rounds warm the JIT up and are not counted.
 *
 * <pre>
 *   scripts/benchmark-stages.sh [MANUSCRIPT_DIR] [ROUNDS] [THREADS]
 * </pre>
 *
 * Prints the median and the fastest time of each stage, and of the whole build through
 * {@link BookPipeline}. The word cache is emptied each round ({@code ShapedWords.create()}), as a
 * first build in a fresh JVM would have it; the parsed fonts stay, as in a batch.
 */
public final class StageBench {
  private StageBench() {}

  public static void main(String[] args) throws Exception {
    Path manuscript = Path.of(args.length > 0 ? args[0] : "manuscript");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    int warmUp = Math.max(1, rounds / 3);
    Map<String, List<Long>> times = new LinkedHashMap<>();
    ForkJoinPool pool = new ForkJoinPool(threads);
    Executor executor = pool;
    FontCache fonts = FontCache.create();
    try (BookPipeline pipeline = BookPipeline.of(threads, fonts, ShapedWords.create())) {
      for (int round = 0; round < warmUp + rounds; round++) {
        boolean counted = round >= warmUp;
        Diagnostics d = new Diagnostics();
        Document doc = time(times, counted, "read", () -> ManuscriptReader.read(manuscript, d).orElseThrow());
        Book book = time(times, counted, "transform", () -> Transforms.apply(doc, d));
        FontSet set = time(times, counted, "fonts (cached)", () -> {
          try {
            return fonts.load(book.metadata().layout().fonts(), manuscript);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
        LaidOutBook laid = time(times, counted, "typeset", () -> Typesetter.typeset(book, set, d,
            new Typesetter.Resources(executor, ShapedWords.create())).orElseThrow().book());
        Instant at = Instant.EPOCH;
        time(times, counted, "pdf", () -> PdfWriter.write(laid, at));
        time(times, counted, "epub", () -> EpubWriter.write(book, BookPipeline.epubFonts(set), at,
            BookPipeline.printPages(laid.pages())));
        time(times, counted, "whole build (pipeline)", () -> {
          try {
            return pipeline.build(manuscript, BuildEnvironment.fixed(), new Diagnostics());
          } catch (cz.sazba.source.BuildFailure e) {
            throw new IllegalStateException(e);
          }
        });
        if (d.hasErrors()) throw new IllegalStateException("the manuscript has errors: " + d.sorted());
      }
    } finally {
      pool.shutdown();
    }
    System.out.printf("%s, %d rounds after %d warm-up, %d threads%n", manuscript, rounds, warmUp, threads);
    for (var e : times.entrySet()) {
      long[] ms = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf("  %-24s median %7.1f ms   fastest %7.1f ms%n", e.getKey(), median(ms) / 1e6, ms[0] / 1e6);
    }
  }

  private static <T> T time(Map<String, List<Long>> times, boolean counted, String stage, Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    long took = System.nanoTime() - start;
    if (counted) times.computeIfAbsent(stage, k -> new ArrayList<>()).add(took);
    return result;
  }

  private static double median(long[] sorted) {
    long[] s = Arrays.copyOf(sorted, sorted.length);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
  }
}

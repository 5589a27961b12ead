package cz.sazba.pipeline;

import cz.sazba.env.BuildEnvironment;
import cz.sazba.source.BuildFailure;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Many books in one JVM: each manuscript is built by the same {@link BookPipeline} (its fonts,
 * words and pool shared), as many books at a time as the pipeline has threads, and written
 * atomically into {@code OUT/<its folder's name>/}, so two books with the same title do not
 * collide. A book with errors writes nothing and does not stop the others. The outcomes come
 * back in the order the manuscripts were given, whatever order they finished in.
 */
public final class Batch {
  private Batch() {}

  /** One manuscript of a batch and the name its outputs and diagnostics go under. */
  public record Entry(String name, Path manuscript) {}

  /** What became of one book. */
  public enum Status {
    /** Both files written. */
    WRITTEN,
    /** The manuscript has errors; nothing written. */
    FAILED,
    /** Built, but the files could not be written; nothing written. */
    OUTPUT_FAILED
  }

  /**
   * @param outDir where its files went (or would have)
   * @param diagnostics everything it reported, sorted
   * @param written the files written (none unless {@link Status#WRITTEN}); the books' bytes are
   *     not kept, so a long batch holds only the books in flight
   * @param outputError why the files could not be written, for {@link Status#OUTPUT_FAILED}
   */
  public record Outcome(Entry entry, Path outDir, Status status, List<Diagnostic> diagnostics,
      List<Path> written, Optional<String> outputError) {
    public Outcome {
      diagnostics = List.copyOf(diagnostics);
      written = List.copyOf(written);
    }
  }

  /**
   * The entries for these manuscript folders, each named after its folder.
   *
   * @throws IllegalArgumentException when two folders have the same name (their outputs would
   *     meet in one folder)
   */
  public static List<Entry> entries(List<Path> manuscripts) {
    List<Entry> out = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    for (Path m : manuscripts) {
      Path name = m.toAbsolutePath().normalize().getFileName();
      String shown = name == null ? "book" : name.toString();
      Path before = seen.putIfAbsent(shown, m);
      if (before != null) {
        throw new IllegalArgumentException("two manuscripts are named " + shown + " (" + before + " and " + m
            + "); their books would be written to the same folder");
      }
      out.add(new Entry(shown, m));
    }
    return out;
  }

  /**
   * Every subfolder of {@code folder} that holds a {@code metadata.yaml}, by name.
   *
   * @throws IOException when the folder cannot be listed
   */
  public static List<Path> manuscriptsIn(Path folder) throws IOException {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path p : entries) {
        if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("metadata.yaml"))) found.add(p);
      }
    }
    found.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    return found;
  }

  /** Builds every entry with {@code pipeline} and writes each good book to {@code out/<name>/}. */
  public static List<Outcome> run(BookPipeline pipeline, List<Entry> entries, Path out, BuildEnvironment env) {
    return run(pipeline, entries, out, env, done -> { });
  }

  /**
   * As {@link #run(BookPipeline, List, Path, BuildEnvironment)}, telling {@code booksDone} how many
   * books are finished (written or not) each time one is: 1, 2, … up to the number of entries, in
   * that order, from whichever thread finished it. For a progress line; nothing of the books
   * depends on it.
   */
  public static List<Outcome> run(BookPipeline pipeline, List<Entry> entries, Path out, BuildEnvironment env,
      IntConsumer booksDone) {
    AtomicInteger finished = new AtomicInteger();
    // Books in flight are bounded by the thread count, so memory is too; each book's divisions
    // still spread over the pipeline's pool.
    ExecutorService books = Executors.newFixedThreadPool(Math.max(1, Math.min(pipeline.threads(), entries.size())),
        r -> {
          Thread t = new Thread(r, "sazba-book");
          t.setDaemon(true);
          return t;
        });
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Entry e : entries) {
        futures.add(books.submit(() -> {
          try {
            return buildOne(pipeline, e, out.resolve(e.name()), env);
          } finally {
            // One count at a time, so the counts arrive in order.
            synchronized (finished) {
              booksDone.accept(finished.incrementAndGet());
            }
          }
        }));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> f : futures) outcomes.add(await(f));
      return outcomes;
    } finally {
      books.shutdown();
    }
  }

  private static Outcome buildOne(BookPipeline pipeline, Entry entry, Path dir, BuildEnvironment env) {
    Diagnostics diagnostics = new Diagnostics();
    BuiltBook built;
    try {
      built = pipeline.build(entry.manuscript(), env, diagnostics);
    } catch (BuildFailure failure) {
      return new Outcome(entry, dir, Status.FAILED, diagnostics.sorted(), List.of(), Optional.empty());
    }
    try {
      BookPipeline.write(built, dir);
    } catch (IOException e) {
      return new Outcome(entry, dir, Status.OUTPUT_FAILED, diagnostics.sorted(), List.of(),
          Optional.of(String.valueOf(e.getMessage())));
    }
    return new Outcome(entry, dir, Status.WRITTEN, diagnostics.sorted(),
        List.of(dir.resolve(built.pdfName()), dir.resolve(built.epubName())), Optional.empty());
  }

  private static Outcome await(Future<Outcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building a batch", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    }
  }
}

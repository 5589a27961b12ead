package cz.sazba.cli;

import cz.sazba.env.BuildEnvironment;
import cz.sazba.pipeline.BuiltBook;
import cz.sazba.pipeline.Pipeline;
import cz.sazba.source.BuildFailure;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * {@code sazba MANUSCRIPT --watch}: builds, then rebuilds in the same JVM (fonts, patterns and
 * shaped words stay loaded) each time a file of the manuscript folder changes. A build with errors
 * prints them and writes nothing, so the last good books stay in place.
 */
final class Watch {
  /**
   * Changes that come within this of each other are one edit (an editor's save is several events,
   * a few milliseconds apart: write, or write to a new file and rename). Short, since every
   * rebuild waits this long after the last event; on Linux the events come from inotify at once.
   */
  private static final long SETTLE_MILLIS = 20;

  private final Path manuscript;
  private final Path output;
  private final BuildEnvironment env;
  private final PrintWriter out;
  private final PrintWriter err;

  Watch(Path manuscript, Path output, BuildEnvironment env, PrintWriter out, PrintWriter err) {
    this.manuscript = manuscript;
    this.output = output;
    this.env = env;
    this.out = out;
    this.err = err;
  }

  /** Builds, then watches until {@code keepGoing} says no (checked at least every half second). */
  int run(BooleanSupplier keepGoing) {
    try (WatchService service = FileSystems.getDefault().newWatchService()) {
      register(service);
      build("built");
      warmUp();
      while (keepGoing.getAsBoolean()) {
        WatchKey key = service.poll(500, TimeUnit.MILLISECONDS);
        if (key == null) continue;
        drain(key);
        // Let the rest of the edit arrive, then build once for all of it.
        for (WatchKey more; (more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null; ) drain(more);
        register(service); // a new subfolder (images/) is watched too
        build("rebuilt");
      }
      return 0;
    } catch (IOException e) {
      err.println("sazba: cannot watch " + manuscript + ": " + e.getMessage());
      return Main.EXIT_OUTPUT_FAILED;
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
      return 0;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static void drain(WatchKey key) {
    key.pollEvents();
    key.reset();
  }

  private void register(WatchService service) throws IOException {
    try (Stream<Path> dirs = Files.walk(manuscript, 4)) {
      for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
        d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
  }

  /** Builds held in memory after the first, before any edit, so the JIT has compiled the hot paths. */
  private static final int WARM_UP_BUILDS = 2;

  /**
   * Builds the book {@link #WARM_UP_BUILDS} times more, in memory, writing and printing nothing:
   * the first rebuild after an edit then runs compiled code rather than the interpreter's (it took
   * twice as long as the later ones). An edit made meanwhile waits in the watch service's queue.
   */
  private void warmUp() {
    for (int i = 0; i < WARM_UP_BUILDS; i++) {
      try {
        Pipeline.build(manuscript, env, new Diagnostics());
      } catch (BuildFailure | RuntimeException e) {
        return; // the first build said what is wrong; the rebuild after the fix warms up
      }
    }
  }

  /** One build; its time, or its diagnostics and that the last good books were kept. */
  void build(String verb) {
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    try {
      BuiltBook built = Pipeline.buildTo(manuscript, output, env, diagnostics);
      for (Diagnostic d : diagnostics.sorted()) err.println(d.format());
      out.println(String.format(Locale.ROOT, "sazba: %s %s and %s in %d ms; watching %s (Ctrl-C stops)", verb,
          output.resolve(built.pdfName()), built.epubName(), (System.nanoTime() - start) / 1_000_000, manuscript));
    } catch (BuildFailure failure) {
      for (Diagnostic d : failure.diagnostics()) err.println(d.format());
      err.println("sazba: the manuscript has errors; the books in " + output + " are the last good ones; watching");
    } catch (IOException e) {
      err.println("sazba: cannot write to " + output + ": " + e.getMessage() + "; watching");
    } catch (RuntimeException e) {
      err.println("sazba: internal error (a bug in Sazba): " + e + "; watching");
    }
    out.flush();
    err.flush();
  }
}

package cz.sazba.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One updating line on stderr while a build runs longer than a second ({@code sazba: building
 * manuscript … 2.4 s}), only when stderr is a terminal; wiped when the build ends, so nothing of
 * it stays in the scroll-back or reaches a file or a pipe.
 */
final class Progress implements ProgressLine {
  private final PrintWriter err;
  private final ScheduledExecutorService ticker;
  private final long start = System.nanoTime();
  private volatile boolean shown;

  private Progress(PrintWriter err, String what) {
    this.err = err;
    this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "sazba-progress");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleAtFixedRate(() -> {
      double seconds = (System.nanoTime() - start) / 1e9;
      synchronized (err) {
        err.print(String.format(Locale.ROOT, "\rsazba: building %s \u2026 %.1f s", what, seconds));
        err.flush();
      }
      shown = true;
    }, 1000, 250, TimeUnit.MILLISECONDS);
  }

  /** A progress line for the build of {@code what}, or none when stderr is no terminal or {@code quiet}. */
  static ProgressLine start(PrintWriter err, String what, boolean quiet) {
    if (quiet || !stderrIsTerminal()) return () -> { };
    return new Progress(err, what);
  }

  /**
   * The line of a batch, {@code sazba: 3 of 7 books done}, shown at once and rewritten as each
   * book finishes, wiped at the end; a counter that prints nothing when {@code terminal} is false
   * (stderr is a file or a pipe: {@link #stderrIsTerminal()}) or with {@code quiet}.
   */
  static BooksDone booksDone(PrintWriter err, int total, boolean quiet, boolean terminal) {
    if (quiet || !terminal) {
      return new BooksDone() {
        @Override
        public void done(int books) { }

        @Override
        public void close() { }
      };
    }
    return new BooksDone() {
      {
        show(0);
      }

      private void show(int books) {
        synchronized (err) {
          err.print(String.format(Locale.ROOT, "\rsazba: %d of %d %s done", books, total, total == 1 ? "book" : "books"));
          err.flush();
        }
      }

      @Override
      public void done(int books) {
        show(books);
      }

      @Override
      public void close() {
        synchronized (err) {
          err.print("\r\u001b[K");
          err.flush();
        }
      }
    };
  }

  /** Whether file descriptor 2 is a terminal (Linux: its /proc link names a tty). */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return false;
    }
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    try {
      ticker.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (shown) {
      synchronized (err) {
        err.print("\r\u001b[K");
        err.flush();
      }
    }
  }
}

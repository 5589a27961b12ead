package cz.sazba.source;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/** Waiting for work run on another thread, so that its failure reads as if it had run here. */
public final class Tasks {
  private Tasks() {}

  /**
   * The task's result; a runtime exception or error it threw is thrown as it is, not wrapped in
   * a {@link CompletionException} (a diagnostic's exception or a bug then shows the same on one
   * thread and on many).
   */
  public static <T> T join(CompletableFuture<T> task) {
    try {
      return task.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  /** What one task makes of items {@code from} (inclusive) to {@code to} (exclusive), in order. */
  @FunctionalInterface
  public interface Run<T> {
    List<T> make(int from, int to);
  }

  /**
   * Items {@code 0} to {@code count - 1} made in runs of {@code perTask}, one task a run (so a run
   * may set up what its items share, a buffer say), by {@code executor}'s threads and the
   * caller's together (a caller that only waited would leave its core idle while another task,
   * the EPUB beside the PDF say, holds one of the pool's threads), and put together in item
   * order: the result is the same however the runs are scheduled.
   */
  public static <T> List<T> inRuns(int count, int perTask, Executor executor, Run<T> run) {
    int runs = (count + perTask - 1) / perTask;
    List<List<T>> made = new ArrayList<>(java.util.Collections.nCopies(runs, null));
    int helpers = executor instanceof java.util.concurrent.ForkJoinPool pool ? pool.getParallelism() : 1;
    InOrder order = InOrder.start(runs, Math.min(helpers, Math.max(0, runs - 1)), executor, k -> {
      int start = k * perTask;
      made.set(k, run.make(start, Math.min(count, start + perTask)));
    });
    List<T> all = new ArrayList<>(count);
    try {
      for (int k = 0; k < runs; k++) {
        order.awaitItem(k);
        all.addAll(made.get(k));
      }
    } catch (RuntimeException | Error e) { // NOPMD: rethrown once the helpers are told to stop
      order.stop();
      throw e;
    }
    return all;
  }
}

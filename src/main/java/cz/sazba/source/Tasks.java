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
   * Items {@code 0} to {@code count - 1} made in runs of {@code perTask} on {@code executor}, one
   * task a run (so a run may set up what its items share, a buffer say), and put together in item
   * order: the result is the same however the runs are scheduled.
   */
  public static <T> List<T> inRuns(int count, int perTask, Executor executor, Run<T> run) {
    List<CompletableFuture<List<T>>> tasks = new ArrayList<>();
    for (int from = 0; from < count; from += perTask) {
      int start = from;
      int end = Math.min(count, from + perTask);
      tasks.add(CompletableFuture.supplyAsync(() -> run.make(start, end), executor));
    }
    List<T> all = new ArrayList<>(count);
    for (CompletableFuture<List<T>> task : tasks) all.addAll(join(task));
    return all;
  }
}

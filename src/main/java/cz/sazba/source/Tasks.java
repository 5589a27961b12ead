package cz.sazba.source;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
}

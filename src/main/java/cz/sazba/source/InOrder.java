package cz.sazba.source;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Work on items {@code 0..n-1} done on the ForkJoin pool's threads and on the calling thread
 * together, each item exactly once, while the caller takes the results in item order. The caller
 * never just waits while an item is left unclaimed: {@link #awaitItem} runs unclaimed items itself
 * (from the lowest), so one item, or a pool with no free thread, costs nothing over doing the
 * work in a loop. What an item produces is the item's own business (it completes its own futures);
 * the order in which the caller reads them is fixed, whatever the threads did first. The
 * manuscript's chapters are read so, and a division's running paragraphs set
 * ({@code typeset.ParagraphsAhead}).
 */
public final class InOrder {
  private final int n;
  private final IntConsumer work;
  private final AtomicInteger next = new AtomicInteger();
  /** Done once item k's work has returned (or thrown). */
  private final CompletableFuture<?>[] done;

  private InOrder(int n, IntConsumer work) {
    this.n = n;
    this.work = work;
    this.done = new CompletableFuture<?>[n];
    for (int k = 0; k < n; k++) done[k] = new CompletableFuture<>();
  }

  /**
   * Starts the common pool's threads on the items; the caller joins in through {@link #awaitItem}.
   * {@code callerBusy}: the caller has other work first, so even a single item is started on
   * the pool; otherwise the caller takes one item's share itself.
   */
  public static InOrder start(int n, boolean callerBusy, IntConsumer work) {
    ForkJoinPool pool = ForkJoinPool.commonPool();
    return start(n, Math.min(callerBusy ? n : n - 1, pool.getParallelism()), pool, work);
  }

  /** Starts {@code helpers} tasks on {@code executor} that work on the items until none is left. */
  public static InOrder start(int n, int helpers, Executor executor, IntConsumer work) {
    InOrder order = new InOrder(n, work);
    for (int h = 0; h < helpers; h++) executor.execute(order::drain);
    return order;
  }

  /**
   * No item not yet claimed will be: for a caller that is done with the items (or failed), so
   * that the helpers stop. The caller must not await an item after this.
   */
  public void stop() {
    next.set(n);
  }

  private void drain() {
    int k;
    while ((k = next.getAndIncrement()) < n) run(k);
  }

  private void run(int k) {
    try {
      work.accept(k);
      done[k].complete(null);
    } catch (RuntimeException | Error e) { // NOPMD: handed to the caller, who rethrows it
      done[k].completeExceptionally(e);
    }
  }

  /**
   * Returns once item {@code k}'s work is done, claiming and running items itself while any is
   * unclaimed; a failure of item {@code k} is rethrown here as it was thrown.
   */
  public void awaitItem(int k) {
    while (!done[k].isDone()) {
      int claimed = next.getAndIncrement();
      if (claimed >= n) break;
      run(claimed);
    }
    Tasks.join(done[k]);
  }
}

package cz.sazba.manuscript;

import cz.sazba.source.Tasks;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Work on items {@code 0..n-1} done on the ForkJoin pool's threads and on the calling thread
 * together, each item exactly once, while the caller takes the results in item order. The caller
 * never just waits while an item is left unclaimed: {@link #awaitItem} runs unclaimed items itself
 * (from the lowest), so one item, or a pool with no free thread, costs nothing over doing the
 * work in a loop. What an item produces is the item's own business (it completes its own futures);
 * the order in which the caller reads them is fixed, whatever the threads did first.
 */
final class InOrder {
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
   * Starts the pool's threads on the items; the caller joins in through {@link #awaitItem}.
   * {@code callerBusy}: the caller has other work first, so even a single item is started on
   * the pool; otherwise the caller takes one item's share itself.
   */
  static InOrder start(int n, boolean callerBusy, IntConsumer work) {
    InOrder order = new InOrder(n, work);
    ForkJoinPool pool = ForkJoinPool.commonPool();
    int helpers = Math.min(callerBusy ? n : n - 1, pool.getParallelism());
    for (int h = 0; h < helpers; h++) pool.execute(order::drain);
    return order;
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
  void awaitItem(int k) {
    while (!done[k].isDone()) {
      int claimed = next.getAndIncrement();
      if (claimed >= n) break;
      run(claimed);
    }
    Tasks.join(done[k]);
  }
}

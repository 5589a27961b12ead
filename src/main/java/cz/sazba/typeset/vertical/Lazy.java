package cz.sazba.typeset.vertical;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A value worked out the first time it is asked for, then kept: the lines of a paragraph's
 * looser or tighter setting, which the flush-bottom search tries for only a few. The supplier
 * must be a pure function (its result is the same whenever and on whichever thread it runs), so
 * when the value is made never changes what it is. Safe to share between threads.
 */
public final class Lazy<T> implements Supplier<T> {
  private Supplier<? extends T> source;
  private volatile T value;

  private Lazy(Supplier<? extends T> source, T value) {
    this.source = source;
    this.value = value;
  }

  /** A value made on first use. */
  public static <T> Lazy<T> of(Supplier<? extends T> source) {
    return new Lazy<>(Objects.requireNonNull(source, "source"), null);
  }

  /** A value already made. */
  public static <T> Lazy<T> ready(T value) {
    return new Lazy<>(null, Objects.requireNonNull(value, "value"));
  }

  @Override
  public T get() {
    T v = value;
    if (v != null) return v;
    synchronized (this) {
      if (value == null) {
        value = Objects.requireNonNull(source.get(), "a lazy value");
        // What made it may hold much (a paragraph's items): let it go.
        source = null;
      }
      return value;
    }
  }

  /** This value passed through {@code f}, also on first use. */
  public <R> Lazy<R> map(Function<? super T, ? extends R> f) {
    return of(() -> f.apply(get()));
  }
}

package cz.sazba.pipeline;

/**
 * Where a build says how long each of its stages took, for {@code --verbose}. Nothing that goes
 * into a book reads it, so the clock it is fed from cannot change an output byte.
 */
@FunctionalInterface
public interface StageTimes {
  /** Nothing is recorded. */
  StageTimes NONE = (stage, nanos) -> {};

  /**
   * @param stage what ran ({@code read}, {@code transform}, {@code typeset 6 pages}, {@code pdf},
   *     {@code epub}, {@code write})
   * @param nanos how long it took, wall clock
   */
  void stage(String stage, long nanos);
}

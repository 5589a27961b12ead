package cz.sazba.cli;

/** A progress line ({@link Progress}), ended without a checked exception. */
interface ProgressLine extends AutoCloseable {
  @Override
  void close();
}

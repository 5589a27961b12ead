package cz.sazba.cli;

/** A batch's books-done counter on a progress line ({@link Progress#booksDone}). */
interface BooksDone extends AutoCloseable {
  /** {@code books} of the batch are finished (written or not). */
  void done(int books);

  /** Wipes the line, if one was shown. */
  @Override
  void close();
}

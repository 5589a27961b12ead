package cz.sazba.wikipedia;

/** An import that cannot go on: a plain sentence for the user, never a stack trace. */
public class WikiImportException extends Exception {
  private static final long serialVersionUID = 1L;

  public WikiImportException(String message) {
    super(message);
  }

  public WikiImportException(String message, Throwable cause) {
    super(message, cause);
  }
}

package cz.sazba.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the diagnostics of one build. Stages report into it and go on, so the user sees every
 * problem at once; the build checks {@link #hasErrors()} between stages. Safe to report into from
 * several threads; {@link #sorted()} orders totally, so what is printed never depends on which
 * thread reported first.
 */
public final class Diagnostics {
  private final List<Diagnostic> all = new ArrayList<>();

  public synchronized void report(Diagnostic d) {
    all.add(d);
  }

  public void error(String code, Span span, String message, String hint) {
    report(Diagnostic.error(code, span, message, hint));
  }

  public void warning(String code, Span span, String message, String hint) {
    report(Diagnostic.warning(code, span, message, hint));
  }

  public synchronized boolean hasErrors() {
    return all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /**
   * In file order, then by position, so the output reads top to bottom; ties by code, then
   * message, so the order is total (reports made in parallel print the same every time).
   */
  public List<Diagnostic> sorted() {
    List<Diagnostic> copy;
    synchronized (this) {
      copy = new ArrayList<>(all);
    }
    copy.sort(ORDER);
    return List.copyOf(copy);
  }

  /**
   * File, offset, code, message: the one order diagnostics are shown in; then severity, span end
   * and hint, so that the order is total and two diagnostics compare equal only when they would
   * print the same (no order reported on parallel threads can show).
   */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.span().file().displayPath())
          .thenComparingInt(d -> d.span().start())
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message)
          .thenComparing(Diagnostic::severity)
          .thenComparingInt(d -> d.span().end())
          .thenComparing(d -> d.hint().orElse(""));

  /** Throws {@link BuildFailure} carrying every diagnostic when any of them is an error. */
  public void throwIfErrors() throws BuildFailure {
    if (hasErrors()) throw new BuildFailure(sorted());
  }
}

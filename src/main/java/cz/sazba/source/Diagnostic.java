package cz.sazba.source;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in the input, at a place in it.
 *
 * @param code stable, kebab-case identifier (e.g. {@code cite-unknown}) that tests and users can
 *     search for; it does not change when the wording does
 * @param hint what the user can do about it, or empty when the message says it all
 */
public record Diagnostic(Severity severity, String code, Span span, String message, Optional<String> hint) {
  public Diagnostic {
    Objects.requireNonNull(severity);
    Objects.requireNonNull(code);
    Objects.requireNonNull(span);
    Objects.requireNonNull(message);
    Objects.requireNonNull(hint);
  }

  public static Diagnostic error(String code, Span span, String message, String hint) {
    return new Diagnostic(Severity.ERROR, code, span, message, Optional.ofNullable(hint));
  }

  public static Diagnostic warning(String code, Span span, String message, String hint) {
    return new Diagnostic(Severity.WARNING, code, span, message, Optional.ofNullable(hint));
  }

  /**
   * {@code path:line:col: error: message [code]}, then the hint on an indented line. The format
   * editors and CI annotate from; the code in brackets stays stable for scripts.
   */
  public String format() {
    StringBuilder s = new StringBuilder();
    s.append(span.location()).append(": ").append(severity.label()).append(": ").append(message);
    s.append(" [").append(code).append(']');
    hint.ifPresent(h -> s.append(System.lineSeparator()).append("  hint: ").append(h));
    return s.toString();
  }
}

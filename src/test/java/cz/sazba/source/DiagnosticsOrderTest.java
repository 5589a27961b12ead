package cz.sazba.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Diagnostics come out in one order whatever order threads reported them in. */
class DiagnosticsOrderTest {
  private static final SourceFile FILE = new SourceFile("01-a.md", "some text here\n");

  private static List<Diagnostic> sortedAfter(boolean reversed) {
    Diagnostics d = new Diagnostics();
    Runnable first = () -> d.warning("same-code", new Span(FILE, 2, 4), "the same message", "hint a");
    Runnable second = () -> d.error("same-code", new Span(FILE, 2, 9), "the same message", "hint b");
    Runnable third = () -> d.warning("same-code", new Span(FILE, 2, 4), "the same message", "hint b");
    if (reversed) {
      third.run();
      second.run();
      first.run();
    } else {
      first.run();
      second.run();
      third.run();
    }
    return d.sorted();
  }

  @Test
  void diagnosticsThatDifferOnlyInSeveritySpanEndOrHintSortTheSameInAnyReportOrder() {
    List<Diagnostic> one = sortedAfter(false);
    assertEquals(one, sortedAfter(true));
    assertEquals(Severity.ERROR, one.get(0).severity());
  }
}

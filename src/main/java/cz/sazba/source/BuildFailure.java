package cz.sazba.source;

import java.util.List;

/** The build stopped because of errors in the input; it carries all of them. Nothing was written. */
public final class BuildFailure extends Exception {
  private final transient List<Diagnostic> diagnostics;

  public BuildFailure(List<Diagnostic> diagnostics) {
    super(diagnostics.size() + " problem(s) in the manuscript");
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}

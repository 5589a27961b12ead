package cz.sazba.source;

/** Errors stop the build before anything is written; warnings are printed and the build goes on. */
public enum Severity {
  ERROR,
  WARNING;

  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}

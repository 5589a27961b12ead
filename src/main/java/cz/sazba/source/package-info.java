/**
 * Where things came from and what went wrong there: source files, spans inside them, and the
 * diagnostics every stage reports instead of throwing. Line and column are computed only when a
 * diagnostic is printed.
 */
package cz.sazba.source;

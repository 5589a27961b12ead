package cz.sazba.source;

import java.util.Objects;

/** A range of characters [start, end) in a source file. */
public record Span(SourceFile file, int start, int end) {
  /** For content the build made itself (generated pages, defaults): it has no place in a file. */
  public static final Span GENERATED = new Span(new SourceFile("<generated>", ""), 0, 0);

  public Span {
    Objects.requireNonNull(file, "file");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
  }

  /** A span inside this one, relative to its start; used for a character within a text node. */
  public Span sub(int from, int to) {
    return new Span(file, Math.min(end, start + from), Math.min(end, start + to));
  }

  /** {@code path:line:col} of the start, as compilers print it. */
  public String location() {
    return Quote.path(file.displayPath()) + ":" + file.line(start) + ":" + file.column(start);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Span s && s.file == file && s.start == start && s.end == end;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(file) * 31 * 31 + start * 31 + end;
  }

  @Override
  public String toString() {
    return location();
  }
}

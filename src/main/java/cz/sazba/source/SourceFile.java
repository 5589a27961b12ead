package cz.sazba.source;

import java.util.Arrays;

/**
 * A text file the build read, kept whole so that a span can be turned into line and column when a
 * diagnostic is printed. Identity equality: two reads of the same path are different sources.
 */
public final class SourceFile {
  private final String displayPath;
  private final String text;
  private final int[] lineStarts;

  public SourceFile(String displayPath, String text) {
    this.displayPath = displayPath;
    this.text = text;
    this.lineStarts = computeLineStarts(text);
  }

  /** The path as the user should see it in messages, relative where that is shorter. */
  public String displayPath() {
    return displayPath;
  }

  public String text() {
    return text;
  }

  /** One-based line of a character offset. */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, clamp(offset));
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** One-based column of a character offset, counted in Unicode code points as editors do. */
  public int column(int offset) {
    int o = clamp(offset);
    int start = lineStarts[line(o) - 1];
    return text.codePointCount(start, o) + 1;
  }

  /** Offset of a one-based line and column (column in UTF-16 units); clamped to the text. */
  public int offset(int line, int column) {
    if (line < 1) return 0;
    if (line > lineStarts.length) return text.length();
    return clamp(lineStarts[line - 1] + Math.max(0, column - 1));
  }

  public Span span(int start, int end) {
    return new Span(this, start, end);
  }

  /** A span covering the whole file, for problems that belong to no particular place. */
  public Span whole() {
    return new Span(this, 0, 0);
  }

  private int clamp(int offset) {
    return Math.max(0, Math.min(offset, text.length()));
  }

  private static int[] computeLineStarts(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
    int[] starts = new int[count];
    int n = 1;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[n++] = i + 1;
    return starts;
  }

  @Override
  public String toString() {
    return displayPath;
  }
}

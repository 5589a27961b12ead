package cz.sazba.manuscript;

import cz.sazba.source.SourceFile;
import cz.sazba.source.Span;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.SourceLines;

/**
 * Turns commonmark's source spans (zero-based line and column index, one span per source line a
 * node covers) into spans of our {@link SourceFile} (offsets into the normalised text).
 */
final class SourceMap {
  private final SourceFile file;

  SourceMap(SourceFile file) {
    this.file = file;
  }

  SourceFile file() {
    return file;
  }

  /** Offset of the start of a commonmark span; commonmark counts from zero, SourceFile from one. */
  int start(SourceSpan s) {
    return file.offset(s.getLineIndex() + 1, s.getColumnIndex() + 1);
  }

  int end(SourceSpan s) {
    return start(s) + s.getLength();
  }

  /** From the start of the first line span to the end of the last; the whole file when none. */
  Span span(List<SourceSpan> spans) {
    if (spans.isEmpty()) return file.whole();
    return file.span(start(spans.get(0)), end(spans.get(spans.size() - 1)));
  }

  Span span(Node node) {
    return span(node.getSourceSpans());
  }

  /**
   * Offset of character {@code index} of the content these line spans cover, the lines joined by
   * {@code \n} as commonmark's {@link SourceLines#getContent()} joins them.
   */
  int offsetOf(List<SourceSpan> spans, int index) {
    int remaining = index;
    for (SourceSpan s : spans) {
      if (remaining <= s.getLength()) return start(s) + remaining;
      remaining -= s.getLength() + 1;
    }
    return spans.isEmpty() ? 0 : end(spans.get(spans.size() - 1));
  }

  /** The span of content characters {@code [from, to)} of these line spans. */
  Span span(List<SourceSpan> spans, int from, int to) {
    int start = offsetOf(spans, from);
    return file.span(start, Math.max(start, offsetOf(spans, to)));
  }

  Span span(SourceLines lines, int from, int to) {
    return span(lines.getSourceSpans(), from, to);
  }
}

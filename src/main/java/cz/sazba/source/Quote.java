package cz.sazba.source;

import java.util.Locale;

/**
 * The user's own text inside a diagnostic. A message is one line that a terminal, an editor's
 * problem list or a CI annotation shows as it is, so what is quoted from the manuscript must not
 * break it: line breaks and tabs read as one space, invisible and control characters are named
 * ({@code U+0000}) instead of being printed (a bidi override would even reorder the line), and a
 * long quotation is cut short, since the position already says where the rest is. Every stage
 * that quotes user text in a message (reader, transforms) uses this one rule.
 */
public final class Quote {
  /** Enough to recognise the place; the column points at the rest. */
  static final int MAX_CODE_POINTS = 60;
  static final int MAX_SENTENCE_CODE_POINTS = 200;

  private Quote() {}

  /** {@code 'text'}, made safe for a one-line message. */
  public static String of(String text) {
    return "'" + visible(text) + "'";
  }

  /** The text made safe for a one-line message, without quotes. */
  public static String visible(String text) {
    return visible(text, MAX_CODE_POINTS);
  }

  /**
   * A file name as a diagnostic prints it: as it is when it is plain, else in quotes with line
   * breaks and invisible characters named, so that a name such as {@code x.md:1:1: error: y}
   * or one with a line break cannot forge a diagnostic line of its own.
   */
  public static String path(String path) {
    boolean plain = !path.isEmpty() && !path.contains(": ") && path.indexOf('\'') < 0;
    for (int i = 0; plain && i < path.length(); ) {
      int c = path.codePointAt(i);
      if (isBreakOrTab(c) || isInvisible(c) || Character.getType(c) == Character.LINE_SEPARATOR
          || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
        plain = false;
      }
      i += Character.charCount(c);
    }
    return plain ? path : "'" + visible(path.replace("\n", "\\n"), 4096).replace("'", "\\'") + "'";
  }

  /** A library's own sentence (SnakeYAML's), which may quote the input: one line, not cut short. */
  public static String sentence(String text) {
    return visible(text, MAX_SENTENCE_CODE_POINTS);
  }

  private static String visible(String text, int max) {
    StringBuilder out = new StringBuilder();
    int shown = 0;
    boolean afterSpace = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean space = isBreakOrTab(c);
      if (space && afterSpace) continue;
      if (shown == max) {
        out.append('\u2026');
        break;
      }
      if (space) out.append(' ');
      else if (isInvisible(c)) out.append(String.format(Locale.ROOT, "U+%04X", c));
      else out.appendCodePoint(c);
      afterSpace = space;
      shown++;
    }
    return out.toString();
  }

  private static boolean isBreakOrTab(int c) {
    return c == '\n' || c == '\r' || c == '\t' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  /** Controls, lone surrogates and format characters other than the joiners emoji and Indic scripts need. */
  private static boolean isInvisible(int c) {
    int type = Character.getType(c);
    if (type == Character.FORMAT) return c != 0x200C && c != 0x200D;
    return type == Character.CONTROL || type == Character.SURROGATE;
  }
}

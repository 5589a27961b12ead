package cz.sazba.transform;

import java.util.Locale;

/**
 * User text (reference ids, citation keys) inside a diagnostic: one line, visible, short. The
 * reader has the same rule for what it quotes ({@code manuscript.Quote}); the two packages may not
 * use each other, and the rule is a few lines.
 */
final class Quoted {
  private static final int MAX_CODE_POINTS = 60;

  private Quoted() {}

  /** {@code 'text'}, made safe for a one-line message. */
  static String of(String text) {
    return "'" + visible(text) + "'";
  }

  /** Line breaks and tabs as one space, invisible characters named, long text cut short. */
  static String visible(String text) {
    StringBuilder out = new StringBuilder();
    int shown = 0;
    boolean afterSpace = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean space = Character.isWhitespace(c) || c == 0x85;
      if (space && afterSpace) continue;
      if (shown == MAX_CODE_POINTS) {
        out.append('\u2026');
        break;
      }
      int type = Character.getType(c);
      if (space) out.append(' ');
      else if (type == Character.CONTROL || type == Character.SURROGATE
          || (type == Character.FORMAT && c != 0x200C && c != 0x200D)) {
        out.append(String.format(Locale.ROOT, "U+%04X", c));
      } else out.appendCodePoint(c);
      afterSpace = space;
      shown++;
    }
    return out.toString();
  }
}

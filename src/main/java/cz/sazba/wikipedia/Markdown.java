package cz.sazba.wikipedia;

/**
 * Text made safe for pandoc's Markdown (and Sazba's reader of it): every character that could
 * start markup is backslash-escaped, runs of white space become one space, and {@code --} is
 * written {@code -\-} so that pandoc's smart typography does not turn the article's two hyphens
 * into a dash. Quotes and {@code ...} are left to smart typography, which sets them as the
 * language wants (docs/import.md).
 */
final class Markdown {
  private Markdown() {}

  /** ASCII punctuation that starts or ends markup somewhere in pandoc's Markdown. */
  private static final String ESCAPED = "\\`*_[]{}<>#~^$@|&";

  /**
   * The text without the characters Sazba refuses in a manuscript (as its source.TextPolicy
   * does): C0/C1 controls but tab and line feed, U+FEFF, bidi controls, noncharacters and
   * unassigned code points are removed; the line and paragraph separators become spaces.
   */
  static String printable(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      boolean drop = cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || cp >= 0x7F && cp <= 0x9F || cp == 0xFEFF
          || cp == 0x061C || cp == 0x200E || cp == 0x200F || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069
          || (cp & 0xFFFE) == 0xFFFE || cp >= 0xFDD0 && cp <= 0xFDEF || Character.getType(cp) == Character.UNASSIGNED;
      boolean space = cp == 0x2028 || cp == 0x2029;
      if ((drop || space) && out == null) out = new StringBuilder(s.substring(0, i));
      if (space) out.append(' ');
      else if (!drop && out != null) out.appendCodePoint(cp);
      i += n;
    }
    return out == null ? s : out.toString();
  }

  /** Inline text: escaped, white space collapsed (no-break spaces kept). */
  static String text(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space = true;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      if (ESCAPED.indexOf(c) >= 0) out.append('\\').append(c);
      else if (c == '-' && out.length() > 0 && out.charAt(out.length() - 1) == '-') out.append("\\-");
      else if (Character.isISOControl(c)) continue;
      else out.append(c);
    }
    if (space) out.append(' ');
    return out.toString();
  }

  /**
   * A paragraph's first characters that would start another block when they open a line: a
   * list marker ({@code - }, {@code + }, {@code 1. }, {@code 1) }, {@code #. }), a definition
   * ({@code : }), a title block ({@code %}). Everything else was escaped by {@link #text}.
   */
  static String blockStart(String line) {
    if (line.isEmpty()) return line;
    char c = line.charAt(0);
    if ((c == '-' || c == '+' || c == ':' || c == '=') && (line.length() == 1 || line.charAt(1) == ' ' || c == '=')) {
      return "\\" + line;
    }
    if (c == '%') return "\\" + line;
    int i = 0;
    while (i < line.length() && Character.isDigit(line.charAt(i))) i++;
    if (i > 0 && i < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')')
        && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
      return line.substring(0, i) + "\\" + line.substring(i);
    }
    // A Roman or letter list marker (pandoc's fancy_lists): "A. ", "iv) ", "(b) ".
    if (line.matches("(?s)\\(?[A-Za-z]{1,4}[.)] .*")) {
      int k = line.indexOf(line.charAt(0) == '(' ? ')' : line.matches("(?s)[A-Za-z]+\\..*") ? '.' : ')');
      return line.substring(0, k) + "\\" + line.substring(k);
    }
    if (line.startsWith("(") && line.matches("(?s)\\([0-9]+\\) .*")) return "\\" + line;
    return line;
  }

  /** Inline code: a fence of one backtick more than the longest run inside, spaced when needed. */
  static String code(String s) {
    String t = s.replaceAll("[\\t\\n\\r ]+", " ");
    int longest = 0;
    int run = 0;
    for (int i = 0; i < t.length(); i++) {
      run = t.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = t.startsWith("`") || t.endsWith("`") || t.startsWith(" ") || t.endsWith(" ");
    return fence + (pad ? " " : "") + t + (pad ? " " : "") + fence;
  }

  /** A URL as a link target: characters that would end or break the target percent-encoded. */
  static String url(String u) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < u.length(); i++) {
      char c = u.charAt(i);
      if (c == ' ' || c == '(' || c == ')' || c == '<' || c == '>' || c == '"' || c == '\\' || c == '`'
          || c == '{' || c == '}' || c == '|' || c == '^' || c > 126 || c < 33) {
        byte[] bytes = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < u.length()) {
          bytes = u.substring(i, i + 2).getBytes(java.nio.charset.StandardCharsets.UTF_8);
          i++;
        }
        for (byte b : bytes) out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
      } else out.append(c);
    }
    return out.toString();
  }

  /** An attribute value in double quotes; neither reader takes an escaped quote there, so a " becomes '. */
  static String quoted(String s) {
    return "\"" + s.replaceAll("\\s+", " ").strip().replace('"', '\'').replace('}', ')') + "\"";
  }
}

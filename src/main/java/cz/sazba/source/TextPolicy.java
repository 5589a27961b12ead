package cz.sazba.source;

import java.util.Locale;

/**
 * What happens to each character that a font cannot show or a book should not contain. Applied
 * once, when a text file of the manuscript is read ({@code SourceLoader}): refused characters are
 * reported at their line and column, mapped ones are replaced one for one (so every offset and
 * every span stays where it was), and from then on every stage, the glyph check and the layout
 * included, sees the same characters. The layout knows two spaces, U+0020 and U+00A0
 * ({@link #isLayoutSpace}); the glyph check skips exactly those.
 *
 * <table>
 * <caption>The policy</caption>
 * <tr><th>Characters</th><th>Action</th><th>Why</th></tr>
 * <tr><td>TAB, LF</td><td>kept</td><td>the Markdown and YAML structure; CR and CR LF are made LF first</td></tr>
 * <tr><td>other C0 controls (NUL, VT, FF, ESC…), DEL, C1 controls</td><td>refused: {@code char-control}</td>
 *   <td>no printed form; XML 1.0, and so the EPUB, does not allow most of them</td></tr>
 * <tr><td>U+FEFF inside the text (at the start of a file it is a byte order mark and dropped)</td>
 *   <td>refused: {@code char-invisible}</td><td>an invisible zero-width no-break space, left from
 *   pasting files together; PDF/A does not allow it in text</td></tr>
 * <tr><td>bidi controls U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069</td>
 *   <td>refused: {@code char-bidi}</td><td>Sazba sets left-to-right text only: the PDF would keep the
 *   stored order while an EPUB reader reorders, and an override can hide text (Trojan source)</td></tr>
 * <tr><td>U+2028, U+2029 line and paragraph separators</td><td>refused: {@code char-separator}</td>
 *   <td>ambiguous: Markdown does not read them as line ends; write a blank line or a backslash break</td></tr>
 * <tr><td>unassigned code points and noncharacters (U+FFFE, U+FDD0…)</td>
 *   <td>refused: {@code char-unassigned}</td><td>no meaning in Unicode as Java 17 knows it; no font has them</td></tr>
 * <tr><td>breakable spaces of other widths: U+1680, U+2000–U+2006, U+2008–U+200A, U+205F, U+3000</td>
 *   <td>mapped to U+0020</td><td>a justified line stretches its spaces anyway, and fonts rarely
 *   have these; Markdown then sees an ordinary space</td></tr>
 * <tr><td>non-breaking spaces of other widths: U+2007, U+202F</td><td>mapped to U+00A0</td>
 *   <td>the line must not break there; the width is the font's space</td></tr>
 * <tr><td>private use (U+E000–U+F8FF, planes 15–16)</td><td>kept</td><td>a font of the manuscript may
 *   define them; the glyph check refuses one the font lacks</td></tr>
 * <tr><td>every other character</td><td>kept</td><td>the glyph check names any the fonts cannot show</td></tr>
 * </table>
 */
public final class TextPolicy {
  private TextPolicy() {}

  /** The layout's two spaces: the glyph check skips these and only these. */
  public static boolean isLayoutSpace(int cp) {
    return cp == ' ' || cp == 0x00A0;
  }

  /** The character that replaces {@code cp}, or {@code cp} itself. Always one UTF-16 unit for one. */
  public static int map(int cp) {
    if (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x2006) || (cp >= 0x2008 && cp <= 0x200A) || cp == 0x205F
        || cp == 0x3000) {
      return ' ';
    }
    if (cp == 0x2007 || cp == 0x202F) return 0x00A0;
    return cp;
  }

  /** The stable code of a refused character, or null when it is kept (or mapped). */
  public static String refusal(int cp) {
    if (cp == '\t' || cp == '\n') return null;
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return "char-control";
    if (cp == 0xFEFF) return "char-invisible";
    if (cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
      return "char-bidi";
    }
    if (cp == 0x2028 || cp == 0x2029) return "char-separator";
    int type = Character.getType(cp);
    if (type == Character.UNASSIGNED) return "char-unassigned";
    if (type == Character.SURROGATE) return "char-control";
    return null;
  }

  /**
   * The text with every mapped character replaced (same length), each refused one reported at its
   * place in {@code file} (whose text {@code text} is). At most {@code MAX_REPORTS} reports per file.
   */
  public static String apply(SourceFile file, Diagnostics diagnostics) {
    String text = file.text();
    StringBuilder out = null;
    int reports = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      String code = refusal(cp);
      if (code != null) {
        if (reports++ < MAX_REPORTS) {
          diagnostics.error(code, file.span(i, i + n), describe(cp) + " " + reason(code), hint(code));
        }
      } else {
        int to = map(cp);
        if (to != cp) {
          if (out == null) out = new StringBuilder(text);
          out.setCharAt(i, (char) to);
        }
      }
      i += n;
    }
    return out == null ? text : out.toString();
  }

  /** More reports than this in one file would only be noise; the first ones say what to fix. */
  static final int MAX_REPORTS = 20;

  /** {@code the character U+000B LINE TABULATION}. */
  public static String describe(int cp) {
    String name = Character.getName(cp);
    return String.format(Locale.ROOT, "the character U+%04X", cp) + (name == null ? "" : " " + name);
  }

  private static String reason(String code) {
    switch (code) {
      case "char-control": return "is a control character, which a book cannot print";
      case "char-invisible": return "is invisible (a byte order mark inside the text), which PDF/A does not allow";
      case "char-bidi": return "is a bidirectional control; Sazba sets left-to-right text only";
      case "char-separator": return "is a Unicode line or paragraph separator, which Markdown does not read as a line end";
      default: return "is not assigned in Unicode";
    }
  }

  private static String hint(String code) {
    switch (code) {
      case "char-bidi": return "delete it; mark a passage in another language with [text]{lang=xx}";
      case "char-separator": return "use a blank line for a new paragraph, or a backslash at the line end for a line break";
      default: return "delete it (often pasted in unseen); an editor's 'show invisibles' finds it";
    }
  }
}

package cz.sazba.epub;

/** Escaping for text and attribute values in the XML files of the package. */
final class Xml {
  private Xml() {}

  /** Character data: escapes {@code & < >} and drops characters XML 1.0 does not allow. */
  static String text(String s) {
    return escape(s, false);
  }

  /** An attribute value in double quotes: also escapes {@code "}. */
  static String attr(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    // Most text needs nothing: it is given back as it is, and otherwise copied in one piece up to
    // the first character that needs something (a character appended at a time is several calls
    // each in the interpreter a cold start runs this in).
    int first = 0;
    int n = s.length();
    while (first < n) {
      char c = s.charAt(first);
      if (plain(c, attribute)) first++;
      else if (Character.isHighSurrogate(c) && first + 1 < n && Character.isLowSurrogate(s.charAt(first + 1))) first += 2;
      else break;
    }
    if (first == n) return s;
    StringBuilder out = new StringBuilder(s.length() + 16);
    out.append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '&') out.append("&amp;");
      else if (c == '<') out.append("&lt;");
      else if (c == '>') out.append("&gt;");
      else if (c == '"' && attribute) out.append("&quot;");
      else if (c == '\t' || c == '\n' || c == '\r') out.append(attribute ? ' ' : c);
      else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) continue; // not allowed in XML 1.0 at all
      else if (Character.isSurrogate(c)) {
        // Keep well-formed pairs; a lone surrogate cannot be encoded in UTF-8.
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          out.append(c).append(s.charAt(++i));
        }
      } else out.append(c);
    }
    return out.toString();
  }

  /** Whether {@link #escape} copies {@code c} as it is, on its own (a surrogate is copied only in a pair). */
  private static boolean plain(char c, boolean attribute) {
    return c >= 0x20 && c != '&' && c != '<' && c != '>' && !(c == '"' && attribute) && c < Character.MIN_SURROGATE
        || c > Character.MAX_SURROGATE && c < 0xFFFE;
  }
}

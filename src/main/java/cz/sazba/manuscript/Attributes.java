package cz.sazba.manuscript;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pandoc's attribute syntax, {@code {#id .class key=value key="quoted value"}}, as written after a
 * heading, a bracketed span or a fenced div. Offsets are indices into the text given to {@link
 * #parse}, which includes the braces, so callers can place a diagnostic on the very attribute.
 */
record Attributes(List<Attribute> entries) {
  Attributes {
    entries = List.copyOf(entries);
  }

  enum Kind { ID, CLASS, KEY_VALUE }

  /**
   * One entry. For {@code key=value} {@code valueStart} is where the value starts (after a quote);
   * for an id or class it is where the name starts.
   */
  record Attribute(Kind kind, String name, String value, int start, int end, int valueStart, int valueEnd) {}

  /** The attributes of {@code {...}}, or empty when the text is not well-formed attribute syntax. */
  static Optional<Attributes> parse(String text) {
    if (text.length() < 2 || text.charAt(0) != '{' || text.charAt(text.length() - 1) != '}') {
      return Optional.empty();
    }
    List<Attribute> entries = new ArrayList<>();
    int end = text.length() - 1;
    int i = 1;
    while (true) {
      while (i < end && isSpace(text.charAt(i))) i++;
      if (i >= end) break;
      char c = text.charAt(i);
      int start = i;
      if (c == '-' && (i + 1 >= end || isSpace(text.charAt(i + 1)))) {
        // pandoc's {-}: short for {.unnumbered}.
        i++;
        entries.add(new Attribute(Kind.CLASS, "unnumbered", "", start, i, start, i));
      } else if (c == '#' || c == '.') {
        int nameStart = ++i;
        while (i < end && isNameChar(text.charAt(i))) i++;
        if (i == nameStart) return Optional.empty();
        entries.add(new Attribute(c == '#' ? Kind.ID : Kind.CLASS, text.substring(nameStart, i), "",
            start, i, nameStart, i));
      } else if (isNameChar(c)) {
        while (i < end && isNameChar(text.charAt(i))) i++;
        String key = text.substring(start, i);
        if (i >= end || text.charAt(i) != '=') return Optional.empty();
        i++;
        int valueStart;
        int valueEnd;
        if (i < end && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
          char quote = text.charAt(i);
          valueStart = ++i;
          while (i < end && text.charAt(i) != quote) i++;
          if (i >= end) return Optional.empty();
          valueEnd = i++;
        } else {
          valueStart = i;
          while (i < end && !isSpace(text.charAt(i))) i++;
          valueEnd = i;
        }
        entries.add(new Attribute(Kind.KEY_VALUE, key, text.substring(valueStart, valueEnd), start, i,
            valueStart, valueEnd));
      } else {
        return Optional.empty();
      }
      if (i < end && !isSpace(text.charAt(i))) return Optional.empty();
    }
    return Optional.of(new Attributes(entries));
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n';
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '.';
  }
}

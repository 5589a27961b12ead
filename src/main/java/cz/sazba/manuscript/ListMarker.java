package cz.sazba.manuscript;

import cz.sazba.model.ListNumbering.Delimiter;
import cz.sazba.model.ListNumbering.Style;

/**
 * An ordered list item's marker as pandoc's Markdown reader reads one ({@code fancy_lists},
 * {@code startnum}, {@code example_lists}): {@code 1.} {@code 1)} {@code (1)}, a letter
 * {@code a.} {@code A)} {@code (b)}, a roman numeral {@code iv.} {@code (IX)}, {@code #.} (the
 * next number of whatever list it continues) and an example {@code (@)} or {@code (@label)}.
 *
 * <p>The rules are pandoc's. A list's first marker decides its style: a lone {@code i} or
 * {@code I} is the roman one, any other single letter a letter (so {@code v.} is 22, {@code x.}
 * 24), several roman letters a roman numeral. A later item must have the same delimiter and be
 * read in the list's style ({@code i.} in a letter list is the ninth letter) or be {@code #};
 * any other marker starts a new list. A capital letter (or a roman one, I V X L C D M) with a full
 * stop needs two spaces or a tab after it ({@code A.  text}), since {@code B. Russell} is a name;
 * {@code p. 5} is a page. {@code number} is the marker's value (0 for {@code #} and examples).
 */
record ListMarker(int number, Style style, Delimiter delimiter, String exampleLabel, int end) {
  /** The longest run of digits read as a number, as commonmark's own. */
  private static final int MAX_DIGITS = 9;

  /** Whether the marker is one commonmark reads itself: digits and a full stop or one bracket. */
  boolean isCommonmark() {
    return style == Style.DECIMAL && (delimiter == Delimiter.PERIOD || delimiter == Delimiter.ONE_PAREN);
  }

  /** A list's first marker at {@code at} in {@code line}, or null. */
  static ListMarker first(CharSequence line, int at) {
    return read(line, at, null, null);
  }

  /**
   * A later item's marker in a list of {@code style} and {@code delimiter}, or null when the
   * line has no marker that continues that list.
   */
  static ListMarker continuing(CharSequence line, int at, Style style, Delimiter delimiter) {
    return read(line, at, style, delimiter);
  }

  private static ListMarker read(CharSequence line, int at, Style listStyle, Delimiter listDelimiter) {
    int n = line.length();
    if (at >= n) return null;
    boolean open = line.charAt(at) == '(';
    int i = open ? at + 1 : at;
    int from = i;
    while (i < n && isNumberChar(line.charAt(i))) i++;
    if (i == from || i >= n) return null;
    String token = line.subSequence(from, i).toString();
    char close = line.charAt(i);
    Delimiter delimiter;
    if (open) {
      if (close != ')') return null;
      delimiter = Delimiter.TWO_PARENS;
    } else if (close == ')') {
      delimiter = Delimiter.ONE_PAREN;
    } else if (close == '.') {
      delimiter = Delimiter.PERIOD;
    } else {
      return null;
    }
    int end = i + 1;
    if (end < n && line.charAt(end) != ' ' && line.charAt(end) != '\t') return null;
    if (listDelimiter != null && !sameDelimiter(listDelimiter, delimiter)) return null;
    ListMarker m = listStyle == null ? firstValue(token, delimiter, end) : laterValue(token, listStyle, delimiter, end);
    if (m == null) return null;
    if (delimiter == Delimiter.PERIOD && needsTwoSpaces(m)) {
      boolean twoSpaces = end >= n || line.charAt(end) == '\t'
          || end + 1 >= n || line.charAt(end + 1) == ' ' || line.charAt(end + 1) == '\t';
      if (!twoSpaces) return null;
    }
    if (!open && token.equals("p") && delimiter == Delimiter.PERIOD && end + 1 < n && line.charAt(end) == ' '
        && Character.isDigit(line.charAt(end + 1))) {
      return null;
    }
    return m;
  }

  private static boolean isNumberChar(char c) {
    return Character.isLetterOrDigit(c) || c == '#' || c == '@' || c == '_' || c == '-';
  }

  /** pandoc reads {@code DefaultDelim} lists' later items as it reads {@code 1.}. */
  private static boolean sameDelimiter(Delimiter list, Delimiter item) {
    if (list == Delimiter.DEFAULT) return item == Delimiter.PERIOD;
    return list == item;
  }

  private static boolean needsTwoSpaces(ListMarker m) {
    if (m.style == Style.UPPER_ALPHA) return true;
    if (m.style != Style.UPPER_ROMAN) return false;
    int v = m.number;
    return v == 1 || v == 5 || v == 10 || v == 50 || v == 100 || v == 500 || v == 1000;
  }

  /** pandoc's order: digits, an example, {@code #}, a lone i or I, a letter, a roman numeral. */
  private static ListMarker firstValue(String token, Delimiter delimiter, int end) {
    ListMarker m = common(token, delimiter, end);
    if (m != null) {
      // #. alone is pandoc's default style and delimiter; #) and (#) keep their brackets.
      if (m.style == Style.DEFAULT && delimiter == Delimiter.PERIOD) return new ListMarker(1, Style.DEFAULT, Delimiter.DEFAULT, null, end);
      if (m.style == Style.DEFAULT) return new ListMarker(1, Style.DEFAULT, delimiter, null, end);
      return m;
    }
    if (token.equals("i")) return new ListMarker(1, Style.LOWER_ROMAN, delimiter, null, end);
    if (token.equals("I")) return new ListMarker(1, Style.UPPER_ROMAN, delimiter, null, end);
    if (token.length() == 1 && token.charAt(0) >= 'a' && token.charAt(0) <= 'z') {
      return new ListMarker(token.charAt(0) - 'a' + 1, Style.LOWER_ALPHA, delimiter, null, end);
    }
    if (token.length() == 1 && token.charAt(0) >= 'A' && token.charAt(0) <= 'Z') {
      return new ListMarker(token.charAt(0) - 'A' + 1, Style.UPPER_ALPHA, delimiter, null, end);
    }
    int lower = roman(token, false);
    if (lower > 0) return new ListMarker(lower, Style.LOWER_ROMAN, delimiter, null, end);
    int upper = roman(token, true);
    if (upper > 0) return new ListMarker(upper, Style.UPPER_ROMAN, delimiter, null, end);
    return null;
  }

  private static ListMarker laterValue(String token, Style style, Delimiter delimiter, int end) {
    if (token.equals("#")) return new ListMarker(0, Style.DEFAULT, delimiter, null, end);
    switch (style) {
      case EXAMPLE:
        return example(token, delimiter, end);
      case DEFAULT:
      case DECIMAL: {
        int v = digits(token);
        return v < 0 ? null : new ListMarker(v, Style.DECIMAL, delimiter, null, end);
      }
      case LOWER_ALPHA:
        return token.length() == 1 && token.charAt(0) >= 'a' && token.charAt(0) <= 'z'
            ? new ListMarker(token.charAt(0) - 'a' + 1, style, delimiter, null, end) : null;
      case UPPER_ALPHA:
        return token.length() == 1 && token.charAt(0) >= 'A' && token.charAt(0) <= 'Z'
            ? new ListMarker(token.charAt(0) - 'A' + 1, style, delimiter, null, end) : null;
      case LOWER_ROMAN: {
        int v = roman(token, false);
        return v > 0 ? new ListMarker(v, style, delimiter, null, end) : null;
      }
      default: {
        int v = roman(token, true);
        return v > 0 ? new ListMarker(v, style, delimiter, null, end) : null;
      }
    }
  }

  /** Digits, an example or {@code #}: read the same whatever letters follow. */
  private static ListMarker common(String token, Delimiter delimiter, int end) {
    int v = digits(token);
    if (v >= 0) return new ListMarker(v, Style.DECIMAL, delimiter, null, end);
    if (token.equals("#")) return new ListMarker(0, Style.DEFAULT, delimiter, null, end);
    return example(token, delimiter, end);
  }

  private static ListMarker example(String token, Delimiter delimiter, int end) {
    if (token.charAt(0) != '@') return null;
    String label = token.substring(1);
    for (int k = 0; k < label.length(); k++) {
      char c = label.charAt(k);
      if (c == '@' || c == '#') return null;
    }
    return new ListMarker(0, Style.EXAMPLE, delimiter, label, end);
  }

  private static int digits(String token) {
    if (token.length() > MAX_DIGITS) return -1;
    for (int k = 0; k < token.length(); k++) {
      if (token.charAt(k) < '0' || token.charAt(k) > '9') return -1;
    }
    return Integer.parseInt(token);
  }

  private static final String[][] ROMAN_STEPS = {
      {"M", "1000", "*"}, {"CM", "900", "?"}, {"D", "500", "?"}, {"CD", "400", "?"}, {"C", "100", "*"},
      {"XC", "90", "?"}, {"L", "50", "?"}, {"XL", "40", "?"}, {"X", "10", "*"}, {"IX", "9", "?"}, {"V", "5", "?"},
      {"IV", "4", "?"}, {"I", "1", "*"}};

  /**
   * The value of a roman numeral in one case, read as pandoc reads one: thousands, then
   * optionally CM, D, CD, then hundreds, and so on down to ones; 0 when the token is not one.
   */
  static int roman(String token, boolean upper) {
    String s = token.toUpperCase(java.util.Locale.ROOT);
    if (!token.equals(upper ? s : token.toLowerCase(java.util.Locale.ROOT))) return 0;
    int at = 0;
    int total = 0;
    for (String[] step : ROMAN_STEPS) {
      do {
        if (!s.startsWith(step[0], at)) break;
        at += step[0].length();
        total += Integer.parseInt(step[1]);
      } while (step[2].equals("*"));
    }
    return at == s.length() && total > 0 ? total : 0;
  }
}

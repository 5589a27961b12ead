package cz.sazba.typeset;

import java.util.List;

/**
 * Breaks inside tokens that are not words: paths ({@code /etc/apt/trusted.gpg}), identifiers
 * ({@code Aptitude::ProblemResolver::Hints}, {@code snake_case}, {@code camelCaseNames}), search
 * patterns ({@code ?name(apti)?name(tude)}), option names ({@code --reference-doc}), e-mail
 * addresses. Such a token is never hyphenated (a hyphen added would read as part of it, and in
 * Czech a written one would be repeated); it may break between its segments, with nothing added,
 * where LaTeX's url package lets a URL break: before a slash, dot, underscore, hyphen, question
 * mark, bracket, at sign and the like, after {@code ::}, {@code =}, {@code &}, at a camelCase
 * joint and where letters give way to digits. A long stretch with no such place (a hash, a long number in a URL) may break between
 * any two characters, as LaTeX's seqsplit does. All of these are last resorts for the breaker.
 */
final class TokenBreaks {
  private TokenBreaks() {}

  /** Characters a segment break falls before. */
  private static final String BEFORE = "/._-?#%~(@[{+|";
  /** Characters a segment break falls after. */
  private static final String AFTER = "=&,;:";
  /** A stretch this long with no break may break between any two characters. */
  static final int LONG_STRETCH = 16;
  /** A character break leaves at least this many characters on each side of it. */
  private static final int CHARACTER_MARGIN = 3;

  /**
   * Whether the token is made of segments rather than letters: it holds {@code ::}, a slash, an
   * underscore, an equals sign, a question mark or an opening bracket after its first
   * character, an at sign, a dot between two letters or digits that are not both digits, starts
   * with a hyphen (an option) or has camelCase joints (two in a run of letters, or one in a run
   * of 12 letters or more, so that McCarthy stays a word).
   */
  static boolean isTechnical(String token) {
    int n = token.length();
    if (n < 4) return false;
    if (token.contains("::")) return true;
    if (token.charAt(0) == '-' && n > 2 && (Character.isLetter(token.charAt(1))
        || token.charAt(1) == '-' && Character.isLetter(token.charAt(2)))) {
      return true;
    }
    int camel = 0;
    int letters = 0;
    int longestCamelWord = 0;
    int joints = 0;
    for (int i = 0; i < n; i++) {
      char c = token.charAt(i);
      if (i > 0) {
        char before = token.charAt(i - 1);
        boolean nextAlnum = i + 1 < n && Character.isLetterOrDigit(token.charAt(i + 1));
        if ((c == '/' || c == '_' || c == '=' || c == '@' || c == '\\') && nextAlnum) return true;
        if ((c == '?' || c == '(') && nextAlnum && Character.isLetterOrDigit(before)) return true;
        if (c == '.' && nextAlnum && Character.isLetterOrDigit(before)
            && !(Character.isDigit(before) && Character.isDigit(token.charAt(i + 1)))
            && longAlnumAround(token, i)) {
          return true;
        }
        if (Character.isUpperCase(c) && Character.isLowerCase(before)) joints++;
      }
      // camelCase is counted per run of letters: ProblemResolver, not McCarthy-era
      if (Character.isLetter(c)) {
        letters++;
      } else {
        letters = 0;
        joints = 0;
      }
      if (joints > 0) {
        camel = Math.max(camel, joints);
        longestCamelWord = Math.max(longestCamelWord, letters);
      }
    }
    return camel >= 2 || camel == 1 && longestCamelWord >= 12;
  }

  /**
   * A dot inside a name (trusted.gpg, example.org), not in an abbreviation (e.g., U.S.S.R.,
   * Ph.D.): two letters or digits on each side.
   */
  private static boolean longAlnumAround(String token, int dot) {
    return dot >= 2 && Character.isLetterOrDigit(token.charAt(dot - 2))
        && dot + 2 < token.length() && Character.isLetterOrDigit(token.charAt(dot + 2));
  }

  /** Adds the segment breaks of a technical token, in order. */
  static void segmentPoints(String token, List<WordBreaks.Point> points) {
    int n = token.length();
    for (int i = 1; i < n; i++) {
      char c = token.charAt(i);
      char before = token.charAt(i - 1);
      int at = -1;
      if (c == ':' && before == ':') {
        at = i + 1;
      } else if (c == ':' && i + 1 < n && token.charAt(i + 1) == ':') {
        continue;
      } else if (BEFORE.indexOf(c) >= 0 && BEFORE.indexOf(before) < 0) {
        at = i;
      } else if (AFTER.indexOf(c) >= 0) {
        at = i + 1;
      } else if (Character.isUpperCase(c) && Character.isLowerCase(before)) {
        at = i;
      } else if (Character.isDigit(c) && Character.isLetter(before)) {
        at = i; // -Xmx | 512m, pad | 1404: where letters give way to a number
      } else if (Character.isUpperCase(before) && Character.isUpperCase(c) && i + 1 < n
          && Character.isLowerCase(token.charAt(i + 1)) && i >= 2) {
        at = i; // HTTPServer: before the capital that starts the next word
      }
      if (at > 0 && at < n && fair(token, at)) {
        add(points, at, BreakKind.SEGMENT);
      }
    }
  }

  /**
   * A break leaves at least two letters or digits before it and two after it (so a full stop
   * or a closing bracket never starts a line alone), and never falls between two digits.
   */
  private static boolean fair(String token, int at) {
    if (Character.isDigit(token.charAt(at - 1)) && at + 1 < token.length()
        && !Character.isLetterOrDigit(token.charAt(at)) && Character.isDigit(token.charAt(at + 1))) {
      return false; // 1.2.3, 3.14
    }
    return alnum(token, 0, at) >= 2 && alnum(token, at, token.length()) >= 2;
  }

  private static int alnum(String s, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) if (Character.isLetterOrDigit(s.charAt(i))) count++;
    return count;
  }

  /**
   * Adds character breaks inside every stretch of at least {@link #LONG_STRETCH} characters
   * between the breaks already found, keeping {@link #CHARACTER_MARGIN} characters on each side.
   */
  static void characterPoints(String token, List<WordBreaks.Point> points) {
    points.sort((a, b) -> Integer.compare(a.index(), b.index()));
    int size = points.size();
    int from = 0;
    for (int k = 0; k <= size; k++) {
      int to = k < size ? points.get(k).index() : token.length();
      if (to - from >= LONG_STRETCH) {
        for (int i = from + CHARACTER_MARGIN; i <= to - CHARACTER_MARGIN; i++) {
          if (!Character.isLowSurrogate(token.charAt(i))) points.add(new WordBreaks.Point(i, BreakKind.CHARACTER));
        }
      }
      from = to;
    }
    points.sort((a, b) -> Integer.compare(a.index(), b.index()));
  }

  private static void add(List<WordBreaks.Point> points, int at, BreakKind kind) {
    if (points.isEmpty() || points.get(points.size() - 1).index() < at) points.add(new WordBreaks.Point(at, kind));
  }
}

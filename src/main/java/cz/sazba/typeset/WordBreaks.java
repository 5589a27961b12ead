package cz.sazba.typeset;

import cz.sazba.hyphen.Hyphenator;
import cz.sazba.hyphen.Hyphenators;
import cz.sazba.model.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a word may break across lines, by the rules of its language and kind: URLs only at
 * their punctuation, paths, identifiers and option names between their segments ({@link
 * TokenBreaks}), both between any two characters of a long stretch without such a place, words
 * with a written hyphen only after that hyphen, letters joined to digits never, other letters by
 * the hyphenation patterns of the word's language.
 */
final class WordBreaks {
  private WordBreaks() {}

  /** A break position in the word (a char index; the break falls before that char) and its kind. */
  record Point(int index, BreakKind kind) {}

  static List<Point> find(String word, Lang lang, boolean url, boolean hyphenate) {
    List<Point> points = new ArrayList<>();
    if (url) {
      urlPoints(word, points);
      TokenBreaks.characterPoints(word, points);
      return points;
    }
    if (TokenBreaks.isTechnical(word)) {
      TokenBreaks.segmentPoints(word, points);
      TokenBreaks.characterPoints(word, points);
      return points;
    }
    boolean hasHardHyphen = false;
    for (int i = 1; i < word.length() - 1; i++) {
      char c = word.charAt(i);
      boolean letterBefore = Character.isLetter(word.charAt(i - 1));
      boolean letterAfter = Character.isLetter(word.charAt(i + 1));
      // Between digits a hyphen or dash is a range (1949-1991), which stays whole.
      if ((c == '-' || c == '\u2010') && (letterBefore || letterAfter)
          && Character.isLetterOrDigit(word.charAt(i - 1)) && Character.isLetterOrDigit(word.charAt(i + 1))) {
        points.add(new Point(i + 1, BreakKind.HARD_HYPHEN));
        hasHardHyphen = true;
      } else if ((c == '\u2013' || c == '\u2014') && (letterBefore || letterAfter)) {
        points.add(new Point(i + 1, BreakKind.DASH));
        hasHardHyphen = true;
      }
    }
    // A compound with a written hyphen or dash breaks only there.
    if (hasHardHyphen || !hyphenate) return points;
    Optional<Hyphenator> hyphenator = Hyphenators.forLanguage(lang);
    if (hyphenator.isEmpty()) return points;
    int i = 0;
    while (i < word.length()) {
      if (!Character.isLetter(word.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < word.length() && Character.isLetter(word.charAt(i))) i++;
      String letters = word.substring(start, i);
      // Letters joined to digits (1950s, 20th, T34) are not hyphenated; a citation glued to a
      // word (relations.[1], states[2]) leaves the word free to break.
      if (isAcronym(letters) || touchesDigit(word, start, i)) continue;
      for (int p : hyphenator.get().breakPoints(letters)) points.add(new Point(start + p, BreakKind.HYPHENATION));
    }
    points.sort((a, b) -> Integer.compare(a.index(), b.index()));
    return points;
  }

  /** Chicago's rule, roughly: before a slash, dot, and similar; after a double slash. */
  private static void urlPoints(String url, List<Point> points) {
    int scheme = url.indexOf("://");
    int from = scheme < 0 ? 1 : scheme + 3;
    for (int i = from; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '/' || c == '.' || c == '?' || c == '#' || c == '%' || c == '_' || c == '-' || c == '~') {
        if (i > from) points.add(new Point(i, BreakKind.URL));
      } else if ((c == '=' || c == '&') && i + 1 < url.length()) {
        points.add(new Point(i + 1, BreakKind.URL));
      }
    }
    if (scheme > 0 && scheme + 3 < url.length()) points.add(0, new Point(scheme + 3, BreakKind.URL));
  }

  private static boolean touchesDigit(String word, int start, int end) {
    return start > 0 && Character.isDigit(word.charAt(start - 1))
        || end < word.length() && Character.isDigit(word.charAt(end));
  }

  /** NKVD, USSR, CPCz: two capitals or more are an abbreviation, not a word to hyphenate. */
  private static boolean isAcronym(String letters) {
    int upper = 0;
    for (int i = 0; i < letters.length(); i++) if (Character.isUpperCase(letters.charAt(i))) upper++;
    return upper >= 2;
  }
}

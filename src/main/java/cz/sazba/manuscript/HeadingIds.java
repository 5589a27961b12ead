package cz.sazba.manuscript;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Heading identifiers as pandoc makes them, unique across the whole document (pandoc concatenates
 * the chapter files, so its identifiers are unique across them too). Explicit identifiers are
 * registered as well, so an automatic one never collides with them.
 */
final class HeadingIds {
  private final Set<String> used = new HashSet<>();

  /** Registers an identifier the manuscript gave; false when it was already taken. */
  boolean claim(String id) {
    return used.add(id);
  }

  private final Set<String> automatic = new HashSet<>();

  /** Pandoc's automatic identifier of a heading with this plain text, made unique. */
  String automatic(String headingText) {
    String id = unique(identifier(headingText));
    automatic.add(id);
    return id;
  }

  /** Whether an earlier heading took {@code id} automatically (not because the manuscript gave it). */
  boolean isAutomatic(String id) {
    return automatic.contains(id);
  }

  /**
   * Per base, the least suffix not yet known to be taken: {@code base} and {@code base-1} up to
   * one less are all taken (ids are never given back), so the search goes on from there instead
   * of walking again past the same ids, which took time that grew with the square of a heading's
   * repetitions ("Exercises" in each chapter of a course).
   */
  private final Map<String, Integer> searchedTo = new HashMap<>();

  /** {@code base}, or {@code base-1}, {@code base-2}, ...: the first that is free, now taken. */
  String unique(String base) {
    int n = searchedTo.getOrDefault(base, 0);
    String id = n == 0 ? base : base + "-" + n;
    while (used.contains(id)) {
      n++;
      id = base + "-" + n;
    }
    used.add(id);
    searchedTo.put(base, n + 1);
    return id;
  }

  /** White space as {@code \s} reads it (ASCII only) and the no-break space; compiled once. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

  /**
   * Lower case; drop all but letters, digits, {@code _ - .} and white space; words joined by
   * {@code -}; everything before the first letter dropped; {@code section} when nothing is left.
   */
  static String identifier(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder kept = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      if (isAlphaNumeric(c) || c == '_' || c == '-' || c == '.' || Character.isWhitespace(c) || c == '\u00A0') {
        kept.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    String joined = String.join("-", SPACES.split(kept.toString().trim()));
    int firstLetter = 0;
    while (firstLetter < joined.length() && !Character.isLetter(joined.codePointAt(firstLetter))) {
      firstLetter += Character.charCount(joined.codePointAt(firstLetter));
    }
    String id = joined.substring(firstLetter);
    return id.isEmpty() ? "section" : id;
  }

  private static boolean isAlphaNumeric(int c) {
    if (Character.isLetter(c)) return true;
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }
}

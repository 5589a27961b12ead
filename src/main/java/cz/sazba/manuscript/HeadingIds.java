package cz.sazba.manuscript;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

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

  /** {@code base}, or {@code base-1}, {@code base-2}, ...: the first that is free, now taken. */
  String unique(String base) {
    String id = base;
    for (int n = 1; used.contains(id); n++) id = base + "-" + n;
    used.add(id);
    return id;
  }

  /**
   * Lower case; drop all but letters, digits, {@code _ - .} and white space; words joined by
   * {@code -}; everything before the first letter dropped; {@code section} when nothing is left.
   */
  static String identifier(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder kept = new StringBuilder();
    lower.codePoints().filter(c -> isAlphaNumeric(c) || c == '_' || c == '-' || c == '.' || Character.isWhitespace(c) || c == '\u00A0')
        .forEach(kept::appendCodePoint);
    String joined = String.join("-", kept.toString().trim().split("[\\s\\u00A0]+"));
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

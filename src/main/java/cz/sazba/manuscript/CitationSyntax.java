package cz.sazba.manuscript;

import cz.sazba.source.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pandoc's bracketed citation, {@code [@key]}, {@code [@key, p. 158]}, {@code [@a; @b]}: items
 * separated by {@code ;}, each a key after {@code @} and an optional locator after a comma (or a
 * space, as pandoc's citeproc also takes it). A minus before the key ({@code [-@key]},
 * {@code [see -@key]}) suppresses that item's author (a CSL style then sets "(2005)" for
 * "(Novák, 2005)"; a numeric style names no author anyway); the words before an item's key are
 * its prefix ({@code [see @key, p. 4; also @other]}).
 */
final class CitationSyntax {
  /** A bracket is a citation when an item starts with {@code @} (or {@code -@}). */
  private static final Pattern CITATION_LIKE = Pattern.compile("(^|[\\s;])-?@[\\p{L}\\p{N}_]");

  /** What would be Markdown in a prefix or locator: emphasis, code, brackets, HTML, sub- and superscript. */
  private static final Pattern MARKUP = Pattern.compile("[*_`\\[\\]<^~\\\\]");

  private CitationSyntax() {}

  /** One item, offsets into the text between the brackets. */
  record Item(String key, Optional<String> locator, Optional<String> prefix, boolean suppressAuthor, int start, int end) {}

  /** What is wrong with an item, offsets into the text between the brackets. */
  record Problem(String message, String hint, int start, int end) {}

  record Result(List<Item> items, List<Problem> problems) {}

  static boolean looksLikeCitation(String bracketText) {
    return CITATION_LIKE.matcher(bracketText).find();
  }

  static Result parse(String text) {
    List<Item> items = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int itemStart = 0;
    while (itemStart <= text.length()) {
      int semicolon = text.indexOf(';', itemStart);
      int itemEnd = semicolon < 0 ? text.length() : semicolon;
      parseItem(text, itemStart, itemEnd, items, problems);
      itemStart = itemEnd + 1;
    }
    return new Result(items, problems);
  }

  private static void parseItem(String text, int from, int to, List<Item> items, List<Problem> problems) {
    int start = from;
    while (start < to && Character.isWhitespace(text.charAt(start))) start++;
    int end = to;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (start == end) {
      problems.add(new Problem("empty citation item", "write one @key between semicolons", from, Math.max(from, to)));
      return;
    }
    // [-@key] suppresses the author (the item keeps its place from the minus on).
    boolean suppressAuthor = false;
    if (text.charAt(start) == '-' && start + 1 < end && text.charAt(start + 1) == '@') {
      start++;
      suppressAuthor = true;
    }
    // A prefix: the words before the item's @key ([see @key], [also @other]).
    Optional<String> prefix = Optional.empty();
    if (text.charAt(start) != '@') {
      int at = -1;
      for (int k = start + 1; k < end; k++) {
        char before = text.charAt(k - 1);
        if (text.charAt(k) == '@' && (Character.isWhitespace(before)
            || before == '-' && k - 1 > start && Character.isWhitespace(text.charAt(k - 2)))) {
          at = k;
          break;
        }
      }
      if (at < 0) {
        problems.add(new Problem("a citation item without a key: " + Quote.of(text.substring(start, end)),
            "write @key in each item between semicolons", start, end));
        return;
      }
      int keyAt = at > start + 1 && text.charAt(at - 1) == '-' ? at - 1 : at;
      suppressAuthor = keyAt < at;
      prefix = Optional.of(text.substring(start, keyAt).strip().replaceAll("\\s+", " "));
      start = at;
    }
    int keyStart = start + 1;
    int keyEnd = keyStart;
    while (keyEnd < end && isKeyChar(text.charAt(keyEnd))) keyEnd++;
    // Pandoc: punctuation inside a key only counts when a letter or digit follows it.
    while (keyEnd > keyStart && !Character.isLetterOrDigit(text.charAt(keyEnd - 1)) && text.charAt(keyEnd - 1) != '_') {
      keyEnd--;
    }
    if (keyEnd == keyStart || !(Character.isLetterOrDigit(text.charAt(keyStart)) || text.charAt(keyStart) == '_')) {
      problems.add(new Problem("a citation key must start with a letter, digit or _",
          "keys are letters, digits and _-:.#$%&+?<>~/", start, end));
      return;
    }
    String key = text.substring(keyStart, keyEnd);
    String rest = text.substring(keyEnd, end);
    Optional<String> locator = Optional.empty();
    if (!rest.isEmpty()) {
      String trimmed = rest.strip();
      if (rest.charAt(0) == ',') trimmed = rest.substring(1).strip();
      else if (!Character.isWhitespace(rest.charAt(0))) {
        problems.add(new Problem("unexpected " + Quote.of(rest) + " after citation key @" + Quote.visible(key),
            "separate a locator with a comma: [@key, p. 12]", keyEnd, end));
        return;
      }
      if (trimmed.isEmpty()) {
        problems.add(new Problem("empty locator after citation key @" + Quote.visible(key),
            "write the locator after the comma, e.g. p. 12, or drop the comma", keyEnd, end));
        return;
      }
      locator = Optional.of(trimmed.replaceAll("\\s+", " "));
    }
    String written = prefix.orElse("") + " " + locator.orElse("");
    if (MARKUP.matcher(written).find()) {
      problems.add(new Problem("Markdown in a citation's prefix or locator is not read yet, so it would be printed as it is",
          "write the prefix and the locator as plain text: [see @key, p. 4]", from, to));
      return;
    }
    items.add(new Item(key, locator, prefix, suppressAuthor, start, end));
  }

  private static boolean isKeyChar(char c) {
    return Character.isLetterOrDigit(c) || "_-:.#$%&+?<>~/".indexOf(c) >= 0;
  }
}

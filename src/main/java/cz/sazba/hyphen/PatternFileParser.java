package cz.sazba.hyphen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the small subset of TeX that hyph-utf8 files use: a leading block of {@code %} comment
 * lines holding a YAML-like header, then {@code \patterns{...}} and {@code \hyphenation{...}}
 * groups of whitespace-separated entries, with {@code %} comments anywhere. Anything else is
 * refused rather than guessed at, because a silently half-read pattern file would hyphenate
 * badly without anyone noticing.
 */
final class PatternFileParser {
  private final String name;
  private final String[] lines;

  PatternFileParser(String name, String text) {
    this.name = name;
    this.lines = text.split("\r\n|\r|\n", -1);
  }

  PatternFile parse() {
    HyphenationMins mins = readHeaderMins();
    List<String> patterns = new ArrayList<>();
    List<String> exceptions = new ArrayList<>();
    Set<String> patternKeys = new HashSet<>();
    boolean sawPatterns = false;

    List<Token> tokens = tokenize();
    int i = 0;
    while (i < tokens.size()) {
      Token command = tokens.get(i);
      if (command.kind != Kind.COMMAND) {
        throw malformed(command.line, "expected \\patterns or \\hyphenation, found '" + command.text + "'");
      }
      boolean isPatterns = command.text.equals("patterns");
      if (!isPatterns && !command.text.equals("hyphenation")) {
        throw malformed(command.line, "unknown command \\" + command.text);
      }
      sawPatterns |= isPatterns;
      i++;
      if (i >= tokens.size() || tokens.get(i).kind != Kind.OPEN) {
        throw malformed(command.line, "\\" + command.text + " is not followed by '{'");
      }
      i++;
      while (true) {
        if (i >= tokens.size()) {
          throw malformed(command.line, "the group of \\" + command.text + " is never closed");
        }
        Token entry = tokens.get(i++);
        if (entry.kind == Kind.CLOSE) break;
        if (entry.kind != Kind.WORD) {
          throw malformed(entry.line, "unexpected '" + entry.text + "' inside \\" + command.text);
        }
        if (isPatterns) {
          LiangPattern pattern = checked(entry, () -> LiangPattern.parse(entry.text));
          if (!patternKeys.add(pattern.key())) {
            throw malformed(entry.line, "duplicate pattern '" + entry.text + "'");
          }
          patterns.add(entry.text);
        } else {
          checked(entry, () -> ExceptionWord.parse(entry.text));
          exceptions.add(entry.text);
        }
      }
    }
    if (!sawPatterns) throw malformed(lines.length, "no \\patterns block");
    return new PatternFile(name, patterns, exceptions, mins);
  }

  /**
   * Finds {@code hyphenmins: typesetting: left/right} in the leading comment block by
   * indentation, which is all the YAML these headers use.
   */
  private HyphenationMins readHeaderMins() {
    int minsIndent = -1;
    int typesettingIndent = -1;
    int typesettingLine = 0;
    Integer left = null;
    Integer right = null;
    for (int n = 0; n < lines.length && lines[n].startsWith("%"); n++) {
      String body = lines[n].substring(1);
      String content = body.strip();
      if (content.isEmpty()) continue;
      int indent = body.length() - body.stripLeading().length();
      if (typesettingIndent >= 0 && indent <= typesettingIndent) typesettingIndent = -1;
      if (minsIndent >= 0 && indent <= minsIndent) minsIndent = -1;
      if (content.equals("hyphenmins:")) {
        minsIndent = indent;
      } else if (minsIndent >= 0 && content.equals("typesetting:")) {
        typesettingIndent = indent;
        typesettingLine = n + 1;
      } else if (typesettingIndent >= 0 && content.startsWith("left:")) {
        left = headerNumber(n + 1, content.substring("left:".length()));
      } else if (typesettingIndent >= 0 && content.startsWith("right:")) {
        right = headerNumber(n + 1, content.substring("right:".length()));
      }
    }
    if (typesettingLine == 0) return HyphenationMins.DEFAULT;
    if (left == null || right == null) {
      throw malformed(typesettingLine, "hyphenmins typesetting needs both left and right");
    }
    return new HyphenationMins(left, right);
  }

  private int headerNumber(int line, String raw) {
    String value = raw.strip();
    try {
      int number = Integer.parseInt(value);
      if (number >= 1) return number;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw malformed(line, "hyphenmins value '" + value + "' is not a whole number of at least 1");
  }

  private enum Kind { COMMAND, OPEN, CLOSE, WORD }

  private record Token(Kind kind, String text, int line) {}

  private List<Token> tokenize() {
    List<Token> tokens = new ArrayList<>();
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      int comment = line.indexOf('%');
      if (comment >= 0) line = line.substring(0, comment);
      int p = 0;
      while (p < line.length()) {
        char c = line.charAt(p);
        if (Character.isWhitespace(c)) {
          p++;
        } else if (c == '{') {
          tokens.add(new Token(Kind.OPEN, "{", n + 1));
          p++;
        } else if (c == '}') {
          tokens.add(new Token(Kind.CLOSE, "}", n + 1));
          p++;
        } else if (c == '\\') {
          int end = p + 1;
          while (end < line.length() && isAsciiLetter(line.charAt(end))) end++;
          if (end == p + 1) throw malformed(n + 1, "a backslash that starts no command");
          tokens.add(new Token(Kind.COMMAND, line.substring(p + 1, end), n + 1));
          p = end;
        } else {
          int end = p;
          while (end < line.length() && !endsWord(line.charAt(end))) end++;
          tokens.add(new Token(Kind.WORD, line.substring(p, end), n + 1));
          p = end;
        }
      }
    }
    return tokens;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean endsWord(char c) {
    return Character.isWhitespace(c) || c == '{' || c == '}' || c == '\\';
  }

  private <T> T checked(Token entry, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw malformed(entry.line, "'" + entry.text + "': " + e.getMessage());
    }
  }

  private IllegalStateException malformed(int line, String problem) {
    return new IllegalStateException(
        "malformed hyphenation file " + name + " line " + line + ": " + problem);
  }
}

package cz.sazba.manuscript;

import cz.sazba.model.Chapter;
import cz.sazba.model.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "nothing silently lost" property, stated conservatively: the letters and digits of a chapter
 * that are not syntax must all reach the model. Syntax here is whatever may rightly vanish: the
 * contents of attribute braces, link destinations and titles, reference labels and definitions,
 * entity names and the markers of ordered list items (numbers, letters, roman numerals, example labels). Everything else (text, emphasis, headings,
 * quotes, list items, link texts, citation keys and locators) is content. The letters are
 * compared as multisets, so characters the model gains (from entities, ids) never hide a loss,
 * and a loss is found even where words were split or joined differently.
 */
final class SyntaxMask {
  private static final Pattern BRACES = Pattern.compile("\\{[^{}]*\\}");
  private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");
  private static final Pattern DEFINITION = Pattern.compile("(?m)^[ \\t>*+\\-0-9.)]*\\[[^\\]\\n]*\\]:.*$");
  /** An ordered item's marker: digits, or pandoc's fancy ones (a letter, a roman numeral, an example's label). */
  private static final Pattern LIST_NUMBER = Pattern.compile(
      "(?m)^(?:[ \\t>*+\\-]*\\(?(?:[0-9]+|[A-Za-z]|[ivxlcdm]+|[IVXLCDM]+|@[\\p{L}\\p{N}_-]*)[.)])+");

  private SyntaxMask() {}

  /** Letters and digits of each chapter's content that the model does not have, as sentences. */
  static List<String> lostLetters(Document doc) {
    List<String> problems = new ArrayList<>();
    for (Chapter c : doc.chapters()) {
      String text = c.file().text();
      boolean[] syntax = mask(text);
      Map<Integer, Integer> missing = new TreeMap<>();
      for (int i = 0; i < text.length(); i++) {
        int cp = text.codePointAt(i);
        if (!syntax[i] && Character.isLetterOrDigit(cp)) missing.merge(cp, 1, Integer::sum);
        if (Character.isSupplementaryCodePoint(cp)) i++;
      }
      List<String> strings = new ArrayList<>();
      FuzzOracle.collectStrings(c.blocks(), strings);
      for (String s : strings) s.codePoints().forEach(cp -> missing.computeIfPresent(cp, (k, n) -> n > 1 ? n - 1 : null));
      if (!missing.isEmpty()) {
        StringBuilder lost = new StringBuilder();
        missing.forEach((cp, n) -> lost.append(n).append('×').appendCodePoint(cp).append(' '));
        problems.add("letters of " + c.file() + " missing from the model: " + lost.toString().strip());
      }
    }
    return problems;
  }

  /** True for each char that is syntax (see the class comment). */
  static boolean[] mask(String text) {
    boolean[] syntax = new boolean[text.length()];
    markAll(BRACES, text, syntax);
    markAll(ENTITY, text, syntax);
    markAll(LIST_NUMBER, text, syntax);
    Matcher d = DEFINITION.matcher(text);
    while (d.find()) {
      int end = text.indexOf('\n', d.end() + 1);
      mark(syntax, d.start(), end < 0 ? text.length() : end);
    }
    // ](destination "title") and ][label]: up to the matching bracket, not past a blank line.
    for (int i = 0; i + 1 < text.length(); i++) {
      if (text.charAt(i) != ']' || (text.charAt(i + 1) != '(' && text.charAt(i + 1) != '[')) continue;
      char open = text.charAt(i + 1);
      char close = open == '(' ? ')' : ']';
      int depth = 0;
      int j = i + 1;
      for (; j < text.length(); j++) {
        char c = text.charAt(j);
        if (c == open) depth++;
        else if (c == close && --depth == 0) break;
        else if (c == '\n' && j + 1 < text.length() && text.charAt(j + 1) == '\n') break;
      }
      mark(syntax, i, Math.min(text.length(), j + 1));
    }
    return syntax;
  }

  /**
   * Offsets where a word starts after a space in ordinary text: outside brackets, braces,
   * parentheses and angle brackets of the paragraph, and not in a link definition.
   */
  static List<Integer> wordStartsOutsideBrackets(String text) {
    boolean[] syntax = mask(text);
    List<Integer> out = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') depth = 0;
      if ("[({<".indexOf(c) >= 0) depth++;
      else if ("])}>".indexOf(c) >= 0) depth = Math.max(0, depth - 1);
      else if (depth == 0 && i > 0 && text.charAt(i - 1) == ' ' && Character.isLetter(c) && !syntax[i]) out.add(i);
    }
    return out;
  }

  private static void markAll(Pattern p, String text, boolean[] syntax) {
    Matcher m = p.matcher(text);
    while (m.find()) mark(syntax, m.start(), m.end());
  }

  private static void mark(boolean[] syntax, int from, int to) {
    for (int i = from; i < to; i++) syntax[i] = true;
  }
}

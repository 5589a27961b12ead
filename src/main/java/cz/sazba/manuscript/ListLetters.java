package cz.sazba.manuscript;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Lets {@link FancyListParser} see list markers that begin with a letter ({@code a)},
 * {@code iv.}, {@code A.}): commonmark tries no block parser on a line whose first character is
 * a letter, so before parsing, the letter of a line that may begin such an item (also after
 * another list marker on the line, as in {@code - a) text}) is replaced by
 * a stand-in (one UTF-16 unit, so every offset stays) that {@link FancyListParser} reads back,
 * and after parsing every stand-in left in the tree (a line that was no item after all: text,
 * code) is made its letter again. The stand-ins are characters the reader refuses in a manuscript
 * ({@code char-unassigned} noncharacters for a–z, {@code char-control} C1 controls for A–Z), so
 * none can be the author's.
 */
final class ListLetters {
  private ListLetters() {}

  private static final char LOWER = '\uFDD0';
  private static final char UPPER = '\u0080';

  /** The text with the first letter of every line that may begin a lettered list item stood in for. */
  static String mask(String text) {
    StringBuilder out = null;
    int n = text.length();
    for (int lineStart = 0; lineStart < n; ) {
      int end = text.indexOf('\n', lineStart);
      if (end < 0) end = n;
      // After the indentation and the quotes' > the line's blocks begin; after a list marker
      // and its space, the item's (a sublist on the item's first line: - a) text).
      int p = lineStart;
      while (true) {
        while (p < end && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == '>')) p++;
        if (mayBeMarker(text, p, end)) {
          if (out == null) out = new StringBuilder(text);
          char c = text.charAt(p);
          out.setCharAt(p, c >= 'a' ? (char) (LOWER + (c - 'a')) : (char) (UPPER + (c - 'A')));
        }
        int after = markerEnd(text, p, end);
        if (after < 0 || after >= end || (text.charAt(after) != ' ' && text.charAt(after) != '\t')) break;
        p = after;
      }
      lineStart = end + 1;
    }
    return out == null ? text : out.toString();
  }

  /** Where a list marker at {@code p} ends (a bullet, or an ordered one {@link ListMarker} reads), or -1. */
  private static int markerEnd(String text, int p, int end) {
    if (p >= end) return -1;
    char c = text.charAt(p);
    if (c == '-' || c == '*' || c == '+') return p + 1;
    // Most lines begin with a word: only one ending in . or ) can be a marker.
    int q = c == '(' ? p + 1 : p;
    while (q < end && (Character.isLetterOrDigit(text.charAt(q)) || "#@_-".indexOf(text.charAt(q)) >= 0)) q++;
    if (q >= end || (text.charAt(q) != '.' && text.charAt(q) != ')')) return -1;
    ListMarker m = ListMarker.first(text, p);
    return m == null ? -1 : m.end();
  }

  /** A single letter or a roman numeral, a full stop or a bracket, then a space, a tab or the line's end. */
  private static boolean mayBeMarker(String text, int p, int end) {
    int q = p;
    while (q < end && isAsciiLetter(text.charAt(q))) q++;
    if (q == p || q >= end || (text.charAt(q) != '.' && text.charAt(q) != ')')) return false;
    if (q + 1 < end && text.charAt(q + 1) != ' ' && text.charAt(q + 1) != '\t') return false;
    String token = text.substring(p, q);
    return token.length() == 1 || ListMarker.roman(token, true) > 0 || ListMarker.roman(token, false) > 0;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** The letters back in place of their stand-ins. */
  static String unmask(CharSequence s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char letter = c >= LOWER && c < LOWER + 26 ? (char) ('a' + (c - LOWER))
          : c >= UPPER && c < UPPER + 26 ? (char) ('A' + (c - UPPER)) : 0;
      if (letter != 0) {
        if (out == null) out = new StringBuilder(s);
        out.setCharAt(i, letter);
      }
    }
    return out == null ? s.toString() : out.toString();
  }

  /** Every stand-in left in the parsed tree made its letter again. */
  static void unmask(Node root) {
    root.accept(new AbstractVisitor() {
      @Override public void visit(Text t) { t.setLiteral(unmask(t.getLiteral())); }
      @Override public void visit(Code c) { c.setLiteral(unmask(c.getLiteral())); }
      @Override public void visit(HtmlInline h) { h.setLiteral(unmask(h.getLiteral())); }
      @Override public void visit(HtmlBlock h) { h.setLiteral(unmask(h.getLiteral())); }
      @Override public void visit(IndentedCodeBlock c) { c.setLiteral(unmask(c.getLiteral())); }
      @Override public void visit(FencedCodeBlock c) {
        c.setLiteral(unmask(c.getLiteral()));
        if (c.getInfo() != null) c.setInfo(unmask(c.getInfo()));
      }
    });
  }
}

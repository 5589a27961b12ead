package cz.sazba.manuscript;

import cz.sazba.model.Cite;
import cz.sazba.model.Citation;
import cz.sazba.model.Code;
import cz.sazba.model.Foreign;
import cz.sazba.model.Inline;
import cz.sazba.model.Lang;
import cz.sazba.model.LineBreak;
import cz.sazba.model.Emph;
import cz.sazba.model.Image;
import cz.sazba.model.InlineVisitor;
import cz.sazba.model.Link;
import cz.sazba.model.ModelRewriter;
import cz.sazba.model.Note;
import cz.sazba.model.SmallCaps;
import cz.sazba.model.Strikeout;
import cz.sazba.model.Strong;
import cz.sazba.model.Subscript;
import cz.sazba.model.Superscript;
import cz.sazba.model.Text;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * pandoc's {@code smart} extension on one run of inline content: straight quotes become the
 * quotation marks of the passage's language (English “…” ‘…’, Czech and German „…“ ‚…‘), an
 * apostrophe ’, {@code ---} an em dash, {@code --} an en dash, {@code ...} an ellipsis. Quotes are
 * paired over the whole run, across emphasis and spans ({@code "*word*"}), in the language where
 * the quotation opens; code is never touched, and a backslash-escaped character stays as written
 * (the converter marks it, {@link #protectEscapes}). An opening quote that never closes is, as
 * in pandoc 2.17, an opening double quote ({@code "open} to “open) or, single, an apostrophe
 * ({@code 'tis}, {@code '90s}). An escaped space {@code \ } is a no-break space, as in pandoc.
 */
final class SmartPunctuation {
  private SmartPunctuation() {}

  /** Private-use stand-ins for escaped characters while the run is scanned; never in output. */
  private static final String PLAIN = "\"'-.";
  private static final String MARKED = "\uE000\uE001\uE002\uE003";

  /**
   * The literal of a text node with its backslash-escaped quotes, hyphens and full stops marked,
   * from the node's source ({@code raw}, null when unknown: nothing is marked then).
   */
  static String protectEscapes(String literal, String raw) {
    if (raw == null || raw.indexOf('\\') < 0 && raw.indexOf('&') < 0) return literal;
    StringBuilder out = new StringBuilder(literal.length());
    int i = 0;
    int j = 0;
    while (j < literal.length()) {
      char c = literal.charAt(j);
      if (i + 1 < raw.length() && raw.charAt(i) == '\\' && raw.charAt(i + 1) == c) {
        out.append(mark(c));
        i += 2;
      } else if (c == '\\' && i + 1 < raw.length() && raw.charAt(i) == '\\' && raw.charAt(i + 1) == ' '
          && j + 1 < literal.length() && literal.charAt(j + 1) == ' ') {
        // pandoc's escaped space is a no-break space (commonmark leaves "\ " as it is).
        out.append('\u00A0');
        i += 2;
        j++;
      } else if (i < raw.length() && raw.charAt(i) == '&' && c != '&') {
        int semi = raw.indexOf(';', i);
        if (semi < 0) return literal;
        out.append(mark(c));
        i = semi + 1;
      } else if (i < raw.length() && raw.charAt(i) == c) {
        out.append(c);
        i++;
      } else {
        return literal; // the source does not line up with the literal: mark nothing
      }
      j++;
    }
    return out.toString();
  }

  /**
   * The abbreviations after which pandoc's {@code smart} puts a no-break space instead of the
   * space that follows ({@code Mr. Smith}, {@code M.A. 2007}, {@code pp. 3}): the set pandoc 2.17
   * recognises, so that both read the same text. Each is a whole word (white space or U+00A0
   * before it, or the start), then its full stop, one space and a character that is not white
   * space.
   */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "aet", "aetat", "al", "Apr", "Aug", "bk", "Bros", "c", "Capt", "cf", "ch", "chap", "chs", "Co", "col",
      "Corp", "cp", "d", "Dec", "Dr", "e.g", "ed", "eds", "esp", "f", "fasc", "Feb", "ff", "fig", "fl", "fol",
      "fols", "Fr", "Gen", "Gov", "Hon", "i.e", "ill", "Inc", "incl", "Jan", "Jr", "Jul", "Jun", "Ltd",
      "M.A", "M.D", "Mar", "Mr", "Mrs", "Ms", "n", "n.b", "nn", "No", "Nov", "Oct", "p", "Ph.D", "pp",
      "Pres", "Prof", "pt", "q.v", "Rep", "Rev", "s.v", "s.vv", "saec", "sec", "Sen", "Sep", "Sept",
      "Sgt", "Sr", "St", "univ", "viz", "vol", "vs");
  private static final int LONGEST_ABBREVIATION = 5;

  /**
   * The space after each abbreviation made U+00A0. A scan for ". " and a look back to the start
   * of the word, not a regular expression: this runs on every text node of the book.
   */
  static String abbreviations(String text) {
    int dot = text.indexOf(". ");
    if (dot < 0) return text;
    StringBuilder out = null;
    int copied = 0;
    for (; dot >= 0; dot = text.indexOf(". ", dot + 1)) {
      if (dot + 2 >= text.length() || isPatternSpace(text.charAt(dot + 2))) continue;
      int start = dot;
      while (start > 0 && dot - start <= LONGEST_ABBREVIATION && !isPatternSpace(text.charAt(start - 1))
          && text.charAt(start - 1) != '\u00A0') {
        start--;
      }
      if (start == dot || dot - start > LONGEST_ABBREVIATION || start > 0 && !isWordBoundary(text.charAt(start - 1))
          || !ABBREVIATIONS.contains(text.substring(start, dot))) {
        continue;
      }
      if (out == null) out = new StringBuilder(text.length());
      out.append(text, copied, dot + 1).append('\u00A0');
      copied = dot + 2;
    }
    if (out == null) return text;
    return out.append(text, copied, text.length()).toString();
  }

  /** White space as {@code \s} means it in a Java pattern (ASCII only). */
  private static boolean isPatternSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isWordBoundary(char c) {
    return isPatternSpace(c) || c == '\u00A0';
  }

  private static char mark(char c) {
    int k = PLAIN.indexOf(c);
    return k < 0 ? c : MARKED.charAt(k);
  }

  private static String unmark(String s) {
    StringBuilder out = null;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      int m = c >= '\uE000' && c <= '\uE003' ? c - '\uE000' : -1;
      if (m >= 0) {
        if (out == null) out = new StringBuilder(s.length()).append(s, 0, k);
        out.append(PLAIN.charAt(m));
      } else if (out != null) out.append(c);
    }
    return out == null ? s : out.toString();
  }

  /**
   * The run with its punctuation made typographic. A node whose text does not change is kept
   * as it is, and so is a container none of whose content changes: most runs come back whole.
   */
  static List<Inline> apply(List<Inline> run, Lang lang, boolean smart) {
    Map<Text, String> replaced;
    if (smart) {
      Collect collect = new Collect(lang);
      for (Inline i : run) i.accept(collect);
      replaced = collect.decide();
    } else {
      replaced = Map.of();
    }
    return new Rewrite(replaced, smart).inlines(run);
  }

  /**
   * Each text node given its new text; a note's paragraphs are runs of their own, already done.
   * {@link ModelRewriter} keeps every node whose content did not change.
   */
  private static final class Rewrite extends ModelRewriter {
    private final Map<Text, String> replaced;
    private final boolean smart;

    Rewrite(Map<Text, String> replaced, boolean smart) {
      this.replaced = replaced;
      this.smart = smart;
    }

    @Override public List<Inline> visitText(Text t) {
      String text = unmark(replaced.getOrDefault(t, t.text()));
      if (smart) text = abbreviations(text);
      return List.of(text.equals(t.text()) ? t : new Text(text, t.span()));
    }

    @Override public List<Inline> visitNote(Note n) {
      return List.of(n);
    }
  }

  /**
   * The run's characters in reading order; for each, the text node it comes from (as an index
   * into {@code texts}, -1 for a stand-in) and the language it is in.
   */
  private static final class Collect implements InlineVisitor<Void> {
    private final StringBuilder chars = new StringBuilder();
    private int[] owner = new int[64];
    private final List<Text> texts = new ArrayList<>();
    /** The language of each text node, by the same index. */
    private final List<Lang> textLangs = new ArrayList<>();
    /** Where each text node's characters begin in {@code chars}, by the same index. */
    private int[] textStarts = new int[16];
    private Lang lang;

    Collect(Lang lang) {
      this.lang = lang;
    }

    /** A stand-in for what is not text. */
    private void standIn(char c) {
      ensure(chars.length() + 1);
      owner[chars.length()] = -1;
      chars.append(c);
    }

    private void ensure(int length) {
      if (length > owner.length) owner = java.util.Arrays.copyOf(owner, Math.max(length, owner.length * 2));
    }

    @Override public Void visitText(Text t) {
      int index = texts.size();
      if (index == textStarts.length) textStarts = java.util.Arrays.copyOf(textStarts, index * 2);
      textStarts[index] = chars.length();
      texts.add(t);
      textLangs.add(lang);
      String s = t.text();
      ensure(chars.length() + s.length());
      java.util.Arrays.fill(owner, chars.length(), chars.length() + s.length(), index);
      chars.append(s);
      return null;
    }

    private Void content(List<Inline> inlines) {
      for (Inline i : inlines) i.accept(this);
      return null;
    }

    @Override public Void visitEmph(Emph e) { return content(e.content()); }
    @Override public Void visitStrong(Strong s) { return content(s.content()); }
    @Override public Void visitLink(Link l) { return content(l.content()); }
    @Override public Void visitSmallCaps(SmallCaps s) { return content(s.content()); }
    @Override public Void visitStrikeout(Strikeout s) { return content(s.content()); }
    @Override public Void visitSuperscript(Superscript s) { return content(s.content()); }
    @Override public Void visitSubscript(Subscript s) { return content(s.content()); }

    @Override public Void visitForeign(Foreign f) {
      Lang outer = lang;
      lang = f.lang();
      content(f.content());
      lang = outer;
      return null;
    }

    // What is not text stands in as a letter (code, marks) or a space (a line break); an image
    // stands in as nothing.
    @Override public Void visitCode(Code c) { standIn('x'); return null; }
    @Override public Void visitCite(Cite c) { standIn('x'); return null; }
    @Override public Void visitCitation(Citation c) { standIn('x'); return null; }
    @Override public Void visitNote(Note n) { standIn('x'); return null; }
    @Override public Void visitLineBreak(LineBreak b) { standIn(' '); return null; }
    @Override public Void visitImage(Image i) { return null; }

    private Lang langAt(int i) {
      return textLangs.get(owner[i]);
    }

    /** The new text of every text node (unchanged ones as they were). */
    Map<Text, String> decide() {
      int n = chars.length();
      if (texts.isEmpty()) return Map.of();
      String[] out = null;
      int openDouble = -1;
      int openSingle = -1;
      for (int i = 0; i < n; i++) {
        if (owner[i] < 0) continue;
        char c = chars.charAt(i);
        if (c != '"' && c != '\'' && c != '-' && c != '.') continue;
        char prev = i == 0 ? ' ' : chars.charAt(i - 1);
        char next = i + 1 < n ? chars.charAt(i + 1) : ' ';
        if (out == null) out = new String[n];
        if (c == '"') {
          if (openDouble >= 0 && !isSpace(prev)) {
            out[openDouble] = quotes(langAt(openDouble))[0];
            out[i] = quotes(langAt(openDouble))[1];
            openDouble = -1;
          } else if (opens(prev) && !isSpace(next)) {
            openDouble = i;
          }
        } else if (c == '\'') {
          if (Character.isLetterOrDigit(prev) && Character.isLetter(next)) {
            out[i] = "\u2019"; // don't, it's
          } else if (openSingle >= 0 && !isSpace(prev) && !Character.isLetterOrDigit(next)) {
            out[openSingle] = quotes(langAt(openSingle))[2];
            out[i] = quotes(langAt(openSingle))[3];
            openSingle = -1;
          } else if (opens(prev) && !isSpace(next)) {
            openSingle = i;
          } else if (!isSpace(prev)) {
            out[i] = "\u2019"; // the dogs' bowls
          }
        } else if (c == '-' && next == '-') {
          boolean em = i + 2 < n && chars.charAt(i + 2) == '-' && owner[i + 2] >= 0;
          out[i] = em ? "\u2014" : "\u2013";
          out[i + 1] = "";
          if (em) out[i + 2] = "";
          i += em ? 2 : 1;
        } else if (c == '.' && next == '.' && i + 2 < n && chars.charAt(i + 2) == '.') {
          out[i] = "\u2026";
          out[i + 1] = "";
          out[i + 2] = "";
          i += 2;
        }
      }
      if (openSingle >= 0) out[openSingle] = "\u2019"; // 'tis, '90s
      // pandoc 2.17 turns a double quote that never closes into an opening one ("open -> “open).
      if (openDouble >= 0) out[openDouble] = quotes(langAt(openDouble))[0];
      Map<Text, String> result = new IdentityHashMap<>();
      for (int k = 0; k < texts.size(); k++) {
        Text t = texts.get(k);
        int from = textStarts[k];
        int to = from + t.text().length();
        String piece = out == null ? t.text() : piece(t.text(), out, from, to);
        // The same node twice in a run (never made by the reader) gets both its pieces, in order.
        String before = result.put(t, piece);
        if (before != null) result.put(t, before + piece);
      }
      return result;
    }

    /** The text of the node at {@code from..to} of the run with the decided replacements. */
    private static String piece(String text, String[] out, int from, int to) {
      int first = from;
      while (first < to && out[first] == null) first++;
      if (first == to) return text;
      StringBuilder b = new StringBuilder(text.length()).append(text, 0, first - from);
      for (int i = first; i < to; i++) {
        if (out[i] != null) b.append(out[i]);
        else b.append(text.charAt(i - from));
      }
      return b.toString();
    }
  }

  /** Opening and closing double, then single quotation marks of a language. */
  static String[] quotes(Lang lang) {
    String l = lang.language();
    if (l.equals("cs") || l.equals("sk") || l.equals("de")) return new String[] {"\u201E", "\u201C", "\u201A", "\u2018"};
    return new String[] {"\u201C", "\u201D", "\u2018", "\u2019"};
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\t' || c == '\n';
  }

  /** A quotation may open after a space or opening punctuation (or at the start). */
  private static boolean opens(char prev) {
    return isSpace(prev) || "([{\u2013\u2014/\"'\u201C\u201E\u2018\u201A".indexOf(prev) >= 0;
  }
}

package cz.sazba.manuscript;

import cz.sazba.model.Cite;
import cz.sazba.model.Citation;
import cz.sazba.model.Code;
import cz.sazba.model.Foreign;
import cz.sazba.model.Inline;
import cz.sazba.model.Lang;
import cz.sazba.model.LineBreak;
import cz.sazba.model.ModelRewriter;
import cz.sazba.model.Note;
import cz.sazba.model.Text;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
   * recognises, so that both read the same text.
   */
  private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(
      "(?<![^\\s\u00A0])(" + String.join("|", List.of(
          "aet", "aetat", "al", "Apr", "Aug", "bk", "Bros", "c", "Capt", "cf", "ch", "chap", "chs", "Co", "col",
          "Corp", "cp", "d", "Dec", "Dr", "e\\.g", "ed", "eds", "esp", "f", "fasc", "Feb", "ff", "fig", "fl", "fol",
          "fols", "Fr", "Gen", "Gov", "Hon", "i\\.e", "ill", "Inc", "incl", "Jan", "Jr", "Jul", "Jun", "Ltd",
          "M\\.A", "M\\.D", "Mar", "Mr", "Mrs", "Ms", "n", "n\\.b", "nn", "No", "Nov", "Oct", "p", "Ph\\.D", "pp",
          "Pres", "Prof", "pt", "q\\.v", "Rep", "Rev", "s\\.v", "s\\.vv", "saec", "sec", "Sen", "Sep", "Sept",
          "Sgt", "Sr", "St", "univ", "viz", "vol", "vs")) + ")\\. (?=\\S)");

  static String abbreviations(String text) {
    if (text.indexOf(". ") < 0) return text;
    return ABBREVIATION.matcher(text).replaceAll("$1.\u00A0");
  }

  private static char mark(char c) {
    int k = PLAIN.indexOf(c);
    return k < 0 ? c : MARKED.charAt(k);
  }

  private static String unmark(String s) {
    StringBuilder out = null;
    for (int k = 0; k < s.length(); k++) {
      int m = MARKED.indexOf(s.charAt(k));
      if (m >= 0) {
        if (out == null) out = new StringBuilder(s.substring(0, k));
        out.append(PLAIN.charAt(m));
      } else if (out != null) out.append(s.charAt(k));
    }
    return out == null ? s : out.toString();
  }

  static List<Inline> apply(List<Inline> run, Lang lang, boolean smart) {
    Collect collect = new Collect(lang);
    if (smart) collect.inlines(run);
    Map<Text, String> replaced = smart ? collect.decide() : Map.of();
    return new ModelRewriter() {
      @Override public List<Inline> visitText(Text t) {
        String text = unmark(replaced.getOrDefault(t, t.text()));
        return List.of(new Text(smart ? abbreviations(text) : text, t.span()));
      }

      /** A note's paragraphs are runs of their own, already done. */
      @Override public List<Inline> visitNote(Note n) {
        return List.of(n);
      }
    }.inlines(run);
  }

  /** The run's characters in reading order, with the text node and language of each. */
  private static final class Collect extends ModelRewriter {
    private final StringBuilder chars = new StringBuilder();
    private final List<Text> owner = new ArrayList<>();
    private final List<Lang> langs = new ArrayList<>();
    private Lang lang;

    Collect(Lang lang) {
      this.lang = lang;
    }

    private void add(char c, Text t) {
      chars.append(c);
      owner.add(t);
      langs.add(lang);
    }

    @Override public List<Inline> visitText(Text t) {
      for (int k = 0; k < t.text().length(); k++) add(t.text().charAt(k), t);
      return List.of(t);
    }

    @Override public List<Inline> visitForeign(Foreign f) {
      Lang outer = lang;
      lang = f.lang();
      super.visitForeign(f);
      lang = outer;
      return List.of(f);
    }

    // What is not text stands in as a letter (code, marks) or a space (a line break).
    @Override public List<Inline> visitCode(Code c) { add('x', null); return List.of(c); }
    @Override public List<Inline> visitCite(Cite c) { add('x', null); return List.of(c); }
    @Override public List<Inline> visitCitation(Citation c) { add('x', null); return List.of(c); }
    @Override public List<Inline> visitNote(Note n) { add('x', null); return List.of(n); }
    @Override public List<Inline> visitLineBreak(LineBreak b) { add(' ', null); return List.of(b); }

    /** The new text of every text node that changes. */
    Map<Text, String> decide() {
      int n = chars.length();
      String[] out = new String[n];
      int openDouble = -1;
      int openSingle = -1;
      for (int i = 0; i < n; i++) {
        char c = chars.charAt(i);
        char prev = i == 0 ? ' ' : chars.charAt(i - 1);
        char next = i + 1 < n ? chars.charAt(i + 1) : ' ';
        if (owner.get(i) == null) continue;
        if (c == '"') {
          if (openDouble >= 0 && !isSpace(prev)) {
            out[openDouble] = quotes(langs.get(openDouble))[0];
            out[i] = quotes(langs.get(openDouble))[1];
            openDouble = -1;
          } else if (opens(prev) && !isSpace(next)) {
            openDouble = i;
          }
        } else if (c == '\'') {
          if (Character.isLetterOrDigit(prev) && Character.isLetter(next)) {
            out[i] = "\u2019"; // don't, it's
          } else if (openSingle >= 0 && !isSpace(prev) && !Character.isLetterOrDigit(next)) {
            out[openSingle] = quotes(langs.get(openSingle))[2];
            out[i] = quotes(langs.get(openSingle))[3];
            openSingle = -1;
          } else if (opens(prev) && !isSpace(next)) {
            openSingle = i;
          } else if (!isSpace(prev)) {
            out[i] = "\u2019"; // the dogs' bowls
          }
        } else if (c == '-' && next == '-') {
          boolean em = i + 2 < n && chars.charAt(i + 2) == '-' && owner.get(i + 2) != null;
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
      if (openDouble >= 0) out[openDouble] = quotes(langs.get(openDouble))[0];
      Map<Text, String> result = new IdentityHashMap<>();
      Map<Text, StringBuilder> built = new IdentityHashMap<>();
      for (int i = 0; i < n; i++) {
        Text t = owner.get(i);
        if (t == null) continue;
        built.computeIfAbsent(t, k -> new StringBuilder()).append(out[i] != null ? out[i] : String.valueOf(chars.charAt(i)));
      }
      for (Map.Entry<Text, StringBuilder> e : built.entrySet()) result.put(e.getKey(), e.getValue().toString());
      return result;
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

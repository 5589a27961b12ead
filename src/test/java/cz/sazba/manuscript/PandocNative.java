package cz.sazba.manuscript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader of pandoc's {@code -t native} output (Haskell's {@code show} syntax: constructors,
 * strings, numbers, lists, tuples, records), so that a fixture made by pandoc once can be
 * compared with Sazba's model in a test that does not need pandoc.
 */
final class PandocNative {
  sealed interface Value permits Con, Str, Num, Real, Seq, Tuple, Record {}

  record Con(String name, List<Value> args) implements Value {}

  record Str(String text) implements Value {}

  record Num(long value) implements Value {}

  /** A fractional number (a column's relative width). */
  record Real(double value) implements Value {}

  record Seq(List<Value> items) implements Value {}

  record Tuple(List<Value> items) implements Value {}

  record Record(Map<String, Value> fields) implements Value {}

  private final String s;
  private int i;

  private PandocNative(String s) {
    this.s = s;
  }

  static Value parse(String text) {
    PandocNative p = new PandocNative(text);
    Value v = p.value();
    p.space();
    if (p.i != p.s.length()) throw p.error("trailing input");
    return v;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at " + i + ": " + s.substring(i, Math.min(s.length(), i + 40)));
  }

  private void space() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
  }

  private char peek() {
    space();
    return i < s.length() ? s.charAt(i) : '\0';
  }

  private void expect(char c) {
    if (peek() != c) throw error("expected " + c);
    i++;
  }

  private Value value() {
    char c = peek();
    if (Character.isUpperCase(c)) {
      String name = identifier();
      List<Value> args = new ArrayList<>();
      while (true) {
        char n = peek();
        if (n == '[' || n == '(' || n == '"' || n == '{' || Character.isDigit(n) || n == '-' || Character.isUpperCase(n)) {
          args.add(n == '{' ? record() : Character.isUpperCase(n) ? new Con(identifier(), List.of()) : atom());
        } else break;
      }
      return new Con(name, args);
    }
    return atom();
  }

  private Value atom() {
    char c = peek();
    if (c == '[') {
      i++;
      List<Value> items = items(']');
      return new Seq(items);
    }
    if (c == '(') {
      i++;
      List<Value> items = items(')');
      return items.size() == 1 ? items.get(0) : new Tuple(items);
    }
    if (c == '"') return new Str(string());
    if (c == '{') return record();
    if (Character.isDigit(c) || c == '-') {
      int start = i;
      if (c == '-') i++;
      while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
      if (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == 'e')) {
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || ".e-".indexOf(s.charAt(i)) >= 0)) i++;
        return new Real(Double.parseDouble(s.substring(start, i)));
      }
      return new Num(Long.parseLong(s.substring(start, i)));
    }
    if (Character.isUpperCase(c)) return new Con(identifier(), List.of());
    throw error("unexpected");
  }

  private List<Value> items(char close) {
    List<Value> items = new ArrayList<>();
    if (peek() == close) {
      i++;
      return items;
    }
    while (true) {
      items.add(value());
      char c = peek();
      i++;
      if (c == close) return items;
      if (c != ',') throw error("expected , or " + close);
    }
  }

  private Record record() {
    expect('{');
    Map<String, Value> fields = new LinkedHashMap<>();
    if (peek() == '}') {
      i++;
      return new Record(fields);
    }
    while (true) {
      space();
      int start = i;
      while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) i++;
      String name = s.substring(start, i);
      expect('=');
      fields.put(name, value());
      char c = peek();
      i++;
      if (c == '}') return new Record(fields);
      if (c != ',') throw error("expected , or }");
    }
  }

  private String identifier() {
    space();
    int start = i;
    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '\'')) i++;
    return s.substring(start, i);
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = s.charAt(i++);
      if (c == '"') return out.toString();
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = s.charAt(i++);
      if (Character.isDigit(e)) {
        int start = i - 1;
        while (Character.isDigit(s.charAt(i))) i++;
        out.appendCodePoint(Integer.parseInt(s.substring(start, i)));
      } else if (e == 'n') out.append('\n');
      else if (e == 't') out.append('\t');
      else if (e == '&') {
        // Haskell's empty escape, separating a numeric escape from a following digit.
      } else out.append(e);
    }
  }
}

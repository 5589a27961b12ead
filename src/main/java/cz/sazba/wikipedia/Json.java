package cz.sazba.wikipedia;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) for Parsoid's {@code data-mw} and the Action API's
 * answers: objects become ordered maps, arrays lists, numbers {@code Double}, and
 * {@code true}/{@code false}/{@code null} as Java's. Bad JSON is an {@link IllegalArgumentException}.
 */
final class Json {
  private final String s;
  private int i;

  private Json(String s) {
    this.s = s;
  }

  static Object parse(String text) {
    Json p = new Json(text);
    Object v = p.value(0);
    p.space();
    if (p.i != p.s.length()) throw p.error("text after the value");
    return v;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("JSON: " + what + " at character " + i);
  }

  private void space() {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n' || s.charAt(i) == '\r')) i++;
  }

  private Object value(int depth) {
    if (depth > 200) throw error("nesting too deep");
    space();
    if (i >= s.length()) throw error("unexpected end");
    char c = s.charAt(i);
    switch (c) {
      case '{': {
        i++;
        Map<String, Object> m = new LinkedHashMap<>();
        space();
        if (i < s.length() && s.charAt(i) == '}') {
          i++;
          return m;
        }
        while (true) {
          space();
          if (i >= s.length() || s.charAt(i) != '"') throw error("expected a key");
          String k = string();
          space();
          if (i >= s.length() || s.charAt(i) != ':') throw error("expected :");
          i++;
          m.put(k, value(depth + 1));
          space();
          if (i < s.length() && s.charAt(i) == ',') {
            i++;
            continue;
          }
          if (i < s.length() && s.charAt(i) == '}') {
            i++;
            return m;
          }
          throw error("expected , or }");
        }
      }
      case '[': {
        i++;
        List<Object> l = new ArrayList<>();
        space();
        if (i < s.length() && s.charAt(i) == ']') {
          i++;
          return l;
        }
        while (true) {
          l.add(value(depth + 1));
          space();
          if (i < s.length() && s.charAt(i) == ',') {
            i++;
            continue;
          }
          if (i < s.length() && s.charAt(i) == ']') {
            i++;
            return l;
          }
          throw error("expected , or ]");
        }
      }
      case '"':
        return string();
      default:
        if (s.startsWith("true", i)) {
          i += 4;
          return Boolean.TRUE;
        }
        if (s.startsWith("false", i)) {
          i += 5;
          return Boolean.FALSE;
        }
        if (s.startsWith("null", i)) {
          i += 4;
          return null;
        }
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
        if (start == i) throw error("unexpected character");
        try {
          return Double.parseDouble(s.substring(start, i));
        } catch (NumberFormatException e) {
          throw error("bad number");
        }
    }
  }

  private String string() {
    i++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (i >= s.length()) throw error("unclosed string");
      char c = s.charAt(i++);
      if (c == '"') return out.toString();
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (i >= s.length()) throw error("unclosed string");
      char e = s.charAt(i++);
      switch (e) {
        case '"': case '\\': case '/': out.append(e); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'n': out.append('\n'); break;
        case 'r': out.append('\r'); break;
        case 't': out.append('\t'); break;
        case 'u':
          if (i + 4 > s.length()) throw error("bad \\u escape");
          try {
            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("bad \\u escape");
          }
          i += 4;
          break;
        default: throw error("bad escape");
      }
    }
  }
}

package cz.sazba.wikipedia;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The templates Parsoid records on an element: {@code typeof="mw:Transclusion"} with
 * {@code data-mw='{"parts":[{"template":{"target":{"wt":"cite web","href":"./Template:Cite_web"},
 * "params":{"title":{"wt":"…"}}}}]}'}. Parameter values are wikitext; {@link #plain} reads the
 * few kinds of markup citation fields carry.
 */
final class Templates {
  private Templates() {}

  /** One template call: its name (lower case, spaces, without {@code Template:}) and parameters. */
  record Call(String name, String displayName, Map<String, String> params) {
    Optional<String> param(String... names) {
      for (String n : names) {
        String v = params.get(n);
        if (v != null && !v.isBlank()) return Optional.of(v.strip());
      }
      return Optional.empty();
    }
  }

  /** The template calls of the element's {@code data-mw}, or none when it has none or it does not parse. */
  static List<Call> calls(Element e) {
    List<Call> out = new ArrayList<>();
    String json = e.attr("data-mw");
    if (json.isBlank()) return out;
    Object root;
    try {
      root = Json.parse(json);
    } catch (RuntimeException ex) {
      return out;
    }
    if (!(root instanceof Map<?, ?> m) || !(m.get("parts") instanceof List<?> parts)) return out;
    for (Object part : parts) {
      if (!(part instanceof Map<?, ?> pm) || !(pm.get("template") instanceof Map<?, ?> t)) continue;
      String name = "";
      if (t.get("target") instanceof Map<?, ?> target && target.get("wt") instanceof String wt) name = wt;
      String display = name.strip().replace('_', ' ');
      if (display.toLowerCase(Locale.ROOT).startsWith("template:")) display = display.substring(9).strip();
      name = display.toLowerCase(Locale.ROOT);
      Map<String, String> params = new LinkedHashMap<>();
      if (t.get("params") instanceof Map<?, ?> ps) {
        for (Map.Entry<?, ?> p : ps.entrySet()) {
          if (p.getValue() instanceof Map<?, ?> v && v.get("wt") instanceof String wt) {
            params.put(String.valueOf(p.getKey()).strip().toLowerCase(Locale.ROOT), wt);
          }
        }
      }
      out.add(new Call(name, display, params));
    }
    return out;
  }

  /** A JSON object of data-mw as a map (for refs' {@code body}), or empty. */
  static Map<?, ?> dataMw(Element e) {
    String json = e.attr("data-mw");
    if (json.isBlank()) return Map.of();
    try {
      return Json.parse(json) instanceof Map<?, ?> m ? m : Map.of();
    } catch (RuntimeException ex) {
      return Map.of();
    }
  }

  /**
   * A field's wikitext as plain text: comments, {@code ''}/{@code '''}, {@code [[target|label]]}
   * and {@code [url label]} read, entities decoded; empty when the value holds a template (whose
   * expansion the wikitext does not have).
   */
  static Optional<String> plain(String wikitext) {
    String s = wikitext.replaceAll("(?s)<!--.*?-->", "");
    if (s.contains("{{")) return Optional.empty();
    s = s.replaceAll("'''''|'''|''", "");
    s = s.replaceAll("\\[\\[(?:[^|\\]]*\\|)?([^\\]]*)]]", "$1");
    s = s.replaceAll("\\[(?:https?:)?//[^ \\]]+ ([^\\]]*)]", "$1");
    s = s.replaceAll("<[^>]+>", "");
    s = Parser.unescapeEntities(s, false).replaceAll("\\s+", " ").strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}

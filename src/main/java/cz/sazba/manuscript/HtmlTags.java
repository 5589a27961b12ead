package cz.sazba.manuscript;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one HTML tag as commonmark hands it over ({@code <span lang="cs">}, {@code </em>}, {@code <br/>}). */
final class HtmlTags {
  private HtmlTags() {}

  record Tag(String name, boolean closing, boolean selfClosing, Map<String, String> attributes) {
    Optional<String> attribute(String key) {
      return Optional.ofNullable(attributes.get(key));
    }
  }

  private static final Pattern TAG = Pattern.compile("(?s)<(/?)([A-Za-z][A-Za-z0-9-]*)(.*?)(/?)>\\s*");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([A-Za-z_:][A-Za-z0-9_:.-]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");

  /** The tag, or null when the text is not one tag (a comment, a declaration, several tags). */
  static Tag parse(String literal) {
    Matcher m = TAG.matcher(literal.strip());
    if (!m.matches()) return null;
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher a = ATTRIBUTE.matcher(m.group(3));
    while (a.find()) {
      String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4) != null ? a.group(4) : "";
      attributes.putIfAbsent(a.group(1).toLowerCase(Locale.ROOT), value);
    }
    String name = m.group(2).toLowerCase(Locale.ROOT);
    boolean selfClosing = !m.group(4).isEmpty() || name.equals("br") || name.equals("hr") || name.equals("img");
    return new Tag(name, !m.group(1).isEmpty(), selfClosing, attributes);
  }
}

package cz.sazba.manuscript;

import cz.sazba.model.Cite;
import cz.sazba.model.CiteItem;
import cz.sazba.model.Inline;
import cz.sazba.model.Text;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Span;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pandoc's narrative citations in running text: {@code @key} and {@code @key [p. 4]} (its
 * {@code AuthorInText}). A key starts with a letter, digit or {@code _}; inner punctuation
 * counts only when a letter or digit follows; an {@code @} inside a word (an e-mail address) or
 * escaped ({@code \@}) is no citation, as in pandoc.
 */
final class NarrativeCitations {
  private NarrativeCitations() {}

  private static final Pattern NARRATIVE = Pattern.compile(
      "(?<![\\p{L}\\p{N}_\\\\@])@([\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_]|[:.#$%&\\-+?<>~/](?=[\\p{L}\\p{N}_]))*)"
          + "(?: \\[([^\\[\\]@]*)\\])?");

  /**
   * A text node's literal as text and narrative citations, appended to {@code out}. {@code raw}
   * is its source (null when unknown); the split is made only where the source and the literal
   * are the same characters, and a citation in a source that is not is reported instead.
   */
  static void split(String literal, String raw, Span span, Diagnostics diagnostics, List<Inline> out) {
    if (literal.indexOf('@') < 0) {
      out.add(new Text(literal, span));
      return;
    }
    if (raw == null || !raw.equals(literal) || span.end() - span.start() != raw.length()) {
      if (raw != null && NARRATIVE.matcher(raw).find()) {
        diagnostics.error("cite-malformed", span, "a narrative citation (@key) here could not be read",
            "write it on one line, without escapes or entities around it, or as [@key]");
      }
      out.add(new Text(literal, span));
      return;
    }
    Matcher m = NARRATIVE.matcher(literal);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) out.add(new Text(literal.substring(at, m.start()), span.sub(at, m.start())));
      Optional<String> locator = Optional.ofNullable(m.group(2)).map(String::strip).filter(s -> !s.isEmpty());
      Span whole = span.sub(m.start(), m.end());
      out.add(new Cite(List.of(new CiteItem(m.group(1), locator, whole)), true, whole));
      at = m.end();
    }
    if (at < literal.length()) out.add(new Text(literal.substring(at), span.sub(at, literal.length())));
  }
}

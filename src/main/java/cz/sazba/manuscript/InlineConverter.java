package cz.sazba.manuscript;

import cz.sazba.model.Cite;
import cz.sazba.model.CiteItem;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Inline;
import cz.sazba.model.Lang;
import cz.sazba.model.LineBreak;
import cz.sazba.model.Link;
import cz.sazba.model.Strong;
import cz.sazba.model.Text;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import cz.sazba.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;

/**
 * Inline content of a paragraph or heading to model inlines. Soft line breaks and runs of white
 * space become one U+0020 (U+00A0 stays: it is a space that must not break), and adjacent text is
 * merged, so later stages see words, not the line structure of the file.
 */
final class InlineConverter {
  private final SourceMap map;
  private final Diagnostics diagnostics;

  InlineConverter(SourceMap map, Diagnostics diagnostics) {
    this.map = map;
    this.diagnostics = diagnostics;
  }

  List<Inline> convert(Node parent) {
    return convert(parent, 0);
  }

  /** The inline content of a node nested {@code depth} emphases, links or spans deep. */
  private List<Inline> convert(Node parent, int depth) {
    List<Inline> raw = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) inline(n, raw, depth);
    List<Inline> merged = mergeText(raw);
    for (Inline i : merged) {
      if (i instanceof Text t && LEFTOVER_ATTRIBUTES.matcher(t.text()).find()) {
        // commonmark lets no bracket around a link close as a link again; for an outer
        // [...]{lang=xx} that means its brackets and attributes would be printed as text.
        diagnostics.error("span-nested-unsupported", t.span(),
            "a bracketed span around a link or another span is not supported",
            "close the span before the inner link or span and open a new one after it");
      }
    }
    return merged;
  }

  private static final java.util.regex.Pattern LEFTOVER_ATTRIBUTES =
      java.util.regex.Pattern.compile("\\]\\{[^{}]*\\}");

  private void inline(Node n, List<Inline> out, int depth) {
    // A hard break made of trailing spaces has no source span of its own: place it at the end of
    // what precedes it.
    Span span = n.getSourceSpans().isEmpty() && !out.isEmpty()
        ? map.file().span(out.get(out.size() - 1).span().end(), out.get(out.size() - 1).span().end())
        : map.span(n);
    boolean container = n instanceof Emphasis || n instanceof StrongEmphasis || n instanceof org.commonmark.node.Link
        || n instanceof PandocNodes.BracketedSpan;
    if (container && depth >= ChapterConverter.MAX_NESTING) {
      // Reported once, at the outermost node too deep; its content is not read.
      diagnostics.error("nesting-too-deep", span,
          "emphasis, links and spans are nested more than " + ChapterConverter.MAX_NESTING + " levels deep here",
          "check for stray * or _ and unclosed [ ]");
      return;
    }
    if (n instanceof org.commonmark.node.Text t) {
      out.add(new Text(t.getLiteral(), span));
    } else if (n instanceof SoftLineBreak) {
      out.add(new Text(" ", span));
    } else if (n instanceof HardLineBreak) {
      out.add(new LineBreak(span));
    } else if (n instanceof Emphasis) {
      out.add(new Emph(convert(n, depth + 1), span));
    } else if (n instanceof StrongEmphasis) {
      out.add(new Strong(convert(n, depth + 1), span));
    } else if (n instanceof org.commonmark.node.Link link) {
      String href = link.getDestination();
      Urls.checkLink(href).ifPresent(p -> diagnostics.error(p.code(), span, p.message(), p.hint()));
      // Neither book shows a link's title (a tooltip at best): say so rather than drop it quietly.
      if (link.getTitle() != null && !link.getTitle().isBlank()) {
        diagnostics.warning("link-title-ignored", span,
            "the link title " + Quote.of(link.getTitle()) + " is not shown in the books",
            "put what it says into the link's text or the sentence, or remove it");
      }
      out.add(new Link(href, convert(n, depth + 1), span));
    } else if (n instanceof PandocNodes.BracketedSpan s) {
      bracketedSpan(s, span, out, depth + 1);
    } else if (n instanceof PandocNodes.Citation) {
      citation(n, span).ifPresent(out::add);
    } else if (n instanceof Image) {
      diagnostics.error("image-unsupported", span, "images are not supported",
          "remove the image; the book is text only");
    } else if (n instanceof Code code) {
      diagnostics.error("code-unsupported", span, "inline code is not supported",
          "write the text without backticks, or escape them: \\`");
      out.add(new Text(code.getLiteral(), span));
    } else if (n instanceof HtmlInline) {
      diagnostics.error("html-unsupported", span, "raw HTML is not supported",
          "use Markdown: *emphasis*, [text]{lang=cs}; write &lt; for a literal <");
    } else {
      diagnostics.error("inline-unsupported", span, "this kind of inline content is not supported",
          "see docs/manuscript.md for what a manuscript may contain");
    }
  }

  /** {@code [text]{lang=xx}}: the one attribute a span may carry. */
  private void bracketedSpan(PandocNodes.BracketedSpan s, Span span, List<Inline> out, int depth) {
    List<Inline> content = convert(s, depth);
    String text = s.attributes.getContent();
    Optional<Attributes> parsed = Attributes.parse(text);
    if (parsed.isEmpty()) {
      diagnostics.error("attribute-malformed", map.span(s.attributes, 0, text.length()),
          Quote.of(text) + " is not a valid attribute list", "write the language as {lang=cs}");
      out.addAll(content);
      return;
    }
    Lang lang = null;
    boolean langSeen = false;
    for (Attributes.Attribute a : parsed.get().entries()) {
      if (a.kind() == Attributes.Kind.KEY_VALUE && a.name().equals("lang") && !langSeen) {
        langSeen = true;
        lang = Lang.parseOrNull(a.value());
        if (lang == null) {
          diagnostics.error("lang-unknown", map.span(s.attributes, a.valueStart(), a.valueEnd()),
              Quote.of(a.value()) + " is not a known BCP 47 language tag",
              "use a tag such as cs, en-US or de-AT");
        }
      } else {
        diagnostics.error("attribute-unsupported", map.span(s.attributes, a.start(), a.end()),
            "span attribute " + Quote.of(text.substring(a.start(), a.end())) + " is not supported",
            "a span takes only a language: [text]{lang=cs}");
      }
    }
    if (lang != null) {
      out.add(new Foreign(lang, content, span));
    } else {
      if (!langSeen) {
        diagnostics.error("attribute-unsupported", map.span(s.attributes, 0, text.length()),
            "a span without a language is not supported", "add the language: [text]{lang=cs}");
      }
      out.addAll(content);
    }
  }

  private Optional<Inline> citation(Node n, Span span) {
    // The node covers "[" ... "]" exactly; its text is the file's text there, line by line.
    var spans = n.getSourceSpans();
    StringBuilder raw = new StringBuilder();
    for (int i = 0; i < spans.size(); i++) {
      if (i > 0) raw.append('\n');
      int start = map.start(spans.get(i));
      raw.append(map.file().text(), start, start + spans.get(i).getLength());
    }
    if (raw.length() < 2) return Optional.empty();
    String inside = raw.substring(1, raw.length() - 1);
    CitationSyntax.Result result = CitationSyntax.parse(inside);
    for (CitationSyntax.Problem p : result.problems()) {
      diagnostics.error("cite-malformed", map.span(spans, p.start() + 1, p.end() + 1), p.message(), p.hint());
    }
    if (!result.problems().isEmpty()) return Optional.empty();
    List<CiteItem> items = new ArrayList<>();
    for (CitationSyntax.Item item : result.items()) {
      items.add(new CiteItem(item.key(), item.locator(), map.span(spans, item.start() + 1, item.end() + 1)));
    }
    return Optional.of(new Cite(items, span));
  }

  /** Adjacent text merged into one node spanning them all, white space runs collapsed. */
  static List<Inline> mergeText(List<Inline> raw) {
    List<Inline> out = new ArrayList<>();
    for (Inline i : raw) {
      if (i instanceof Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Text prev) {
        out.set(out.size() - 1, new Text(prev.text() + t.text(),
            prev.span().file().span(prev.span().start(), Math.max(prev.span().end(), t.span().end()))));
      } else {
        out.add(i);
      }
    }
    out.replaceAll(i -> i instanceof Text t ? new Text(collapse(t.text()), t.span()) : i);
    return out;
  }

  /** Runs of ASCII white space to one space; U+00A0 is kept, it is a deliberate no-break space. */
  static String collapse(String text) {
    return text.replaceAll("[ \\t\\n\\r\\f]+", " ");
  }

  /** The heading text pandoc derives identifiers from: what the reader sees, without citations. */
  static String identifierText(List<Inline> inlines) {
    StringBuilder s = new StringBuilder();
    for (Inline i : inlines) {
      if (i instanceof Text t) s.append(t.text());
      else if (i instanceof Emph e) s.append(identifierText(e.content()));
      else if (i instanceof Strong st) s.append(identifierText(st.content()));
      else if (i instanceof Foreign f) s.append(identifierText(f.content()));
      else if (i instanceof Link l) s.append(identifierText(l.content()));
      else if (i instanceof LineBreak) s.append(' ');
    }
    return s.toString();
  }
}

package cz.sazba.manuscript;

import cz.sazba.model.Cite;
import cz.sazba.model.CiteItem;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Inline;
import cz.sazba.model.Inlines;
import cz.sazba.model.Lang;
import cz.sazba.model.LineBreak;
import cz.sazba.model.Link;
import cz.sazba.model.ModelRewriter;
import cz.sazba.model.Note;
import cz.sazba.model.SmallCaps;
import cz.sazba.model.Strikeout;
import cz.sazba.model.Strong;
import cz.sazba.model.Subscript;
import cz.sazba.model.Superscript;
import cz.sazba.model.Text;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import cz.sazba.source.Span;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;

/**
 * Inline content of a paragraph, heading or term to model inlines. Soft line breaks and runs of
 * white space become one U+0020 (U+00A0 stays: it is a space that must not break), adjacent text
 * is merged, and pandoc's {@code smart} typography is applied ({@link SmartPunctuation}), so later
 * stages see words and the characters the reader sees, not the line structure of the file.
 */
final class InlineConverter {
  /** Where footnotes come from: the chapter converter has the definitions and reads their blocks. */
  interface Notes {
    Optional<Note> reference(String label, Span span);

    Note inline(List<Inline> content, Span span);
  }

  private final SourceMap map;
  private final Diagnostics diagnostics;
  private final ReadContext context;
  private final Notes notes;

  InlineConverter(SourceMap map, Diagnostics diagnostics, ReadContext context, Notes notes) {
    this.map = map;
    this.diagnostics = diagnostics;
    this.context = context;
    this.notes = notes;
  }

  /** A whole run (paragraph, heading, term) in the passage's language {@code lang}. */
  List<Inline> convert(Node parent, Lang lang) {
    return SmartPunctuation.apply(convert(parent, 0), lang, context.text.smart());
  }

  /** The inline content of a node nested {@code depth} emphases, links or spans deep. */
  private List<Inline> convert(Node parent, int depth) {
    List<Inline> raw = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof HtmlInline html) n = html(html, raw, depth);
      else if (n instanceof Image img) n = inlineImage(img, raw, depth);
      else inline(n, raw, depth);
    }
    List<Inline> merged = mergeText(raw);
    return outerSpans(merged);
  }

  /**
   * commonmark lets no bracket around a link close as a link again, so an outer
   * {@code [see [this](url) here]{lang=cs}} reaches us as text {@code "[see "}, the link and text
   * {@code " here]{lang=cs}"}. pandoc reads it as a span holding the link: so do we, by finding
   * the attributes left as text and the unmatched {@code [} before them among the same siblings.
   */
  private List<Inline> outerSpans(List<Inline> inlines) {
    for (int j = 0; j < inlines.size(); j++) {
      if (!(inlines.get(j) instanceof Text tj) || tj.text().indexOf("]{") < 0) continue;
      java.util.regex.Matcher m = LEFTOVER_ATTRIBUTES.matcher(tj.text());
      if (!m.find()) continue;
      int close = m.start();
      // Back from the "]" to the "[" it closes.
      int depthCount = 0;
      for (int i = j; i >= 0; i--) {
        if (!(inlines.get(i) instanceof Text ti)) continue;
        String t = ti.text();
        for (int q = (i == j ? close : t.length()) - 1; q >= 0; q--) {
          char c = t.charAt(q);
          if (c == ']') depthCount++;
          else if (c == '[' && depthCount-- == 0) return outerSpans(rebuild(inlines, i, q, j, m));
        }
      }
    }
    for (Inline i : inlines) {
      if (i instanceof Text t && t.text().indexOf("]{") >= 0 && LEFTOVER_ATTRIBUTES.matcher(t.text()).find()) {
        diagnostics.error("span-nested-unsupported", t.span(),
            "this bracketed span's opening [ was not found among the text around it",
            "close the span within the same emphasis or link it opens in");
      }
    }
    return inlines;
  }

  private List<Inline> rebuild(List<Inline> inlines, int i, int q, int j, java.util.regex.Matcher m) {
    Text open = (Text) inlines.get(i);
    Text closeText = (Text) inlines.get(j);
    List<Inline> out = new ArrayList<>(inlines.subList(0, i));
    if (q > 0) out.add(new Text(open.text().substring(0, q), cut(open.span(), 0, q, open.text().length())));
    List<Inline> content = new ArrayList<>();
    if (i == j) {
      content.add(new Text(open.text().substring(q + 1, m.start()), cut(open.span(), q + 1, m.start(), open.text().length())));
    } else {
      if (q + 1 < open.text().length()) {
        content.add(new Text(open.text().substring(q + 1), cut(open.span(), q + 1, open.text().length(), open.text().length())));
      }
      content.addAll(inlines.subList(i + 1, j));
      if (m.start() > 0) {
        content.add(new Text(closeText.text().substring(0, m.start()),
            cut(closeText.span(), 0, m.start(), closeText.text().length())));
      }
    }
    Span first = i == j ? cut(open.span(), q, m.end(), open.text().length()) : open.span();
    Span span = map.file().span(Math.min(first.start(), closeText.span().end()), closeText.span().end());
    String attributes = closeText.text().substring(m.start() + 1, m.end());
    Span attributesSpan = cut(closeText.span(), m.start() + 1, m.end(), closeText.text().length());
    List<Inline> result = new ArrayList<>();
    spanWith(content, attributes, attributesSpan, 0, span, result);
    out.addAll(result);
    if (m.end() < closeText.text().length()) {
      out.add(new Text(closeText.text().substring(m.end()),
          cut(closeText.span(), m.end(), closeText.text().length(), closeText.text().length())));
    }
    out.addAll(inlines.subList(j + 1, inlines.size()));
    return mergeText(out);
  }

  /** The part of a text node's span for characters {@code from..to} of its {@code length}, where they line up. */
  private static Span cut(Span span, int from, int to, int length) {
    if (span.end() - span.start() != length) return span;
    return span.sub(from, to);
  }

  private static final java.util.regex.Pattern LEFTOVER_ATTRIBUTES =
      java.util.regex.Pattern.compile("\\]\\{[^{}]*\\}");

  private Span spanOf(Node n, List<Inline> out) {
    // A hard break made of trailing spaces has no source span of its own: place it at the end of
    // what precedes it.
    return n.getSourceSpans().isEmpty() && !out.isEmpty()
        ? map.file().span(out.get(out.size() - 1).span().end(), out.get(out.size() - 1).span().end())
        : map.span(n);
  }

  private void inline(Node n, List<Inline> out, int depth) {
    Span span = spanOf(n, out);
    boolean container = n instanceof Emphasis || n instanceof StrongEmphasis || n instanceof org.commonmark.node.Link
        || n instanceof PandocNodes.BracketedSpan || n instanceof PandocNodes.Strikeout
        || n instanceof PandocNodes.Superscript || n instanceof PandocNodes.Subscript || n instanceof InlineFootnote;
    if (container && depth >= ChapterConverter.MAX_NESTING) {
      // Reported once, at the outermost node too deep; its content is not read.
      diagnostics.error("nesting-too-deep", span,
          "emphasis, links and spans are nested more than " + ChapterConverter.MAX_NESTING + " levels deep here",
          "check for stray * or _ and unclosed [ ]");
      return;
    }
    if (n instanceof org.commonmark.node.Text t) {
      String raw = rawSource(t);
      PandocBlocks.rawTex(raw, span, diagnostics);
      NarrativeCitations.split(SmartPunctuation.protectEscapes(t.getLiteral(), raw), raw, span, diagnostics, out);
    } else if (n instanceof SoftLineBreak) {
      out.add(new Text(" ", span));
    } else if (n instanceof HardLineBreak) {
      out.add(new LineBreak(span));
    } else if (n instanceof Emphasis) {
      out.add(new Emph(convert(n, depth + 1), span));
    } else if (n instanceof StrongEmphasis) {
      out.add(new Strong(convert(n, depth + 1), span));
    } else if (n instanceof PandocNodes.Strikeout) {
      out.add(new Strikeout(convert(n, depth + 1), span));
    } else if (n instanceof PandocNodes.Superscript) {
      out.add(new Superscript(convert(n, depth + 1), span));
    } else if (n instanceof PandocNodes.Subscript) {
      out.add(new Subscript(convert(n, depth + 1), span));
    } else if (n instanceof org.commonmark.node.Link link) {
      link(link, span, out, depth);
    } else if (n instanceof PandocNodes.BracketedSpan s) {
      bracketedSpan(s, span, out, depth + 1);
    } else if (n instanceof PandocNodes.Citation) {
      citation(n, span).ifPresent(out::add);
    } else if (n instanceof FootnoteReference ref) {
      notes.reference(ref.getLabel(), span).ifPresent(out::add);
    } else if (n instanceof PandocNodes.UndefinedNote undefined) {
      diagnostics.error("note-undefined", span, "the footnote " + Quote.of("[^" + undefined.label + "]") + " is never defined",
          "define it on a line of its own: [^" + Quote.visible(undefined.label) + "]: the note's text");
    } else if (n instanceof InlineFootnote) {
      out.add(notes.inline(convert(n, depth + 1), span));
    } else if (n instanceof PandocNodes.Math math) {
      diagnostics.error("math-unsupported", span,
          (math.display ? "display math ($$...$$)" : "math ($...$)") + " cannot be set yet",
          "write the formula in words or Unicode characters, or escape the dollar signs: \\$");
    } else if (n instanceof Image img) {
      inlineImage(img, out, depth); // reached only through convert(Node, int), which handles images itself
    } else if (n instanceof Code code) {
      if (codeAttributes(code)) out.add(new cz.sazba.model.Code(code.getLiteral(), span));
    } else {
      diagnostics.error("inline-unsupported", span, "this kind of inline content is not supported",
          "see docs/manuscript.md for what a manuscript may contain");
    }
  }

  /**
   * pandoc's attributes after inline code, which commonmark leaves as text: {@code `x`{.lang}}
   * keeps the code, each attribute named once as meaning nothing here; {@code `<b>`{=html}} is
   * raw output for one format, refused. Taken out of the text that follows; false when refused.
   */
  private boolean codeAttributes(Code code) {
    if (!(code.getNext() instanceof org.commonmark.node.Text t) || !t.getLiteral().startsWith("{")) return true;
    int close = t.getLiteral().indexOf('}');
    if (close < 0) return true;
    String attributes = t.getLiteral().substring(0, close + 1);
    Span at = map.span(t);
    at = at.end() - at.start() == t.getLiteral().length() ? at.sub(0, close + 1) : at;
    t.setLiteral(t.getLiteral().substring(close + 1));
    if (attributes.startsWith("{=")) {
      diagnostics.error("raw-unsupported", at, "raw " + attributes.substring(2, attributes.length() - 1).strip()
              + " output (pandoc's raw attribute) cannot be set in the books",
          "write what it shows in Markdown, or remove it");
      return false;
    }
    Optional<Attributes> parsed = Attributes.parse(attributes);
    if (parsed.isEmpty()) {
      diagnostics.error("attribute-malformed", at, Quote.of(attributes) + " is not a valid attribute list",
          "write the code's attributes as {.language}");
    } else {
      for (Attributes.Attribute a : parsed.get().entries()) ignored(a, at, "code span");
    }
    return true;
  }

  /** The file's text under a node that lies on one line, or null when it spans several. */
  private String rawSource(Node n) {
    var spans = n.getSourceSpans();
    if (spans.size() != 1) return null;
    int start = map.start(spans.get(0));
    return map.file().text().substring(start, start + spans.get(0).getLength());
  }

  // Links

  private void link(org.commonmark.node.Link link, Span span, List<Inline> out, int depth) {
    String href = link.getDestination();
    // Neither book shows a link's title (a tooltip at best): say so rather than drop it quietly.
    if (link.getTitle() != null && !link.getTitle().isBlank()) {
      diagnostics.warning("link-title-ignored", span,
          "the link title " + Quote.of(link.getTitle()) + " is not shown in the books",
          "put what it says into the link's text or the sentence, or remove it");
    }
    List<Inline> content = convert(link, depth + 1);
    Optional<String> resolved = resolve(href, span);
    if (resolved.isEmpty()) {
      out.addAll(content);
      return;
    }
    if (!context.chapterFiles.contains(resolved.get())) {
      Urls.checkLink(resolved.get()).ifPresent(p -> diagnostics.error(p.code(), span, p.message(), p.hint()));
    }
    out.add(new Link(resolved.get(), content, span));
  }

  /**
   * A link's target in the book: {@code #id} and absolute URLs as written; a link to another
   * chapter file ({@code 02-war.md#x}) becomes {@code #x}, or stays the file's name for the
   * reader to point at the file's first heading ({@link ChapterLinks}); any other relative link
   * is made absolute under the metadata's {@code link-base}, or, without one, is set as plain
   * text (empty) with one warning for the book.
   */
  private Optional<String> resolve(String href, Span span) {
    if (href.isEmpty()) {
      // pandoc's [text](): a link to the page it is on, which a book does not have.
      diagnostics.warning("link-target-empty", span, "this link has no target, so its text is set without a link",
          "give it a target, (#identifier) or (https://...), or remove the brackets");
      return Optional.empty();
    }
    if (href.startsWith("#") || isAbsolute(href)) return Optional.of(href);
    int hash = href.indexOf('#');
    String path = hash < 0 ? href : href.substring(0, hash);
    String file = path.startsWith("./") ? path.substring(2) : path;
    if (context.chapterFiles.contains(file)) {
      return Optional.of(hash >= 0 && hash + 1 < href.length() ? href.substring(hash) : file);
    }
    if (context.text.linkBase().isPresent()) {
      try {
        return Optional.of(URI.create(context.text.linkBase().get()).resolve(href).toString());
      } catch (IllegalArgumentException e) {
        // A target that is no URI at all: checked and reported as written.
        return Optional.of(href);
      }
    }
    context.warnOnce(diagnostics, "", "link-relative-as-text", span,
        "the relative link " + Quote.of(href) + " has nothing to point at in the books, so its text is set without"
            + " a link (and so is every other relative link)",
        "give the site the links are relative to as link-base: https://example.org/book/ in metadata.yaml,"
            + " or write absolute URLs");
    return Optional.empty();
  }

  private static boolean isAbsolute(String href) {
    int colon = href.indexOf(':');
    if (colon <= 0) return false;
    for (int k = 0; k < colon; k++) {
      char c = href.charAt(k);
      if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) return false;
    }
    return Character.isLetter(href.charAt(0));
  }

  // Images

  /** An image as written: the node, its description, the attributes after it and what follows them. */
  private record ImageSyntax(Image node, Span span, Attributes attributes, String attributeText, Span attributesSpan,
      Node last, Text remainder) {}

  /**
   * Reads the {@code {...}} written right after an image (commonmark leaves it as text): the
   * nodes it covers are consumed, and text after its closing brace in the same node is kept.
   */
  private ImageSyntax syntax(Image img) {
    Span imageSpan = map.span(img);
    String text = map.file().text();
    int start = imageSpan.end();
    int end = attributesEnd(text, start);
    if (end < 0) return new ImageSyntax(img, imageSpan, null, "", null, img, null);
    String attributeText = text.substring(start, end);
    Span attributesSpan = map.file().span(start, end);
    Node last = img;
    Text remainder = null;
    int position = start;
    for (Node n = img.getNext(); n != null && position < end; n = n.getNext()) {
      if (n.getSourceSpans().isEmpty()) {
        last = n;
        continue;
      }
      Span s = map.span(n);
      if (s.end() <= end) {
        last = n;
        position = s.end();
      } else if (s.start() < end && n instanceof org.commonmark.node.Text) {
        last = n;
        remainder = new Text(text.substring(end, s.end()), map.file().span(end, s.end()));
        position = end;
      } else {
        break;
      }
    }
    Optional<Attributes> parsed = Attributes.parse(attributeText);
    if (parsed.isEmpty()) {
      diagnostics.error("attribute-malformed", attributesSpan, Quote.of(attributeText) + " is not a valid attribute list",
          "write the image's attributes as {#fig:id alt=\"what the picture shows\" width=60%}");
      return new ImageSyntax(img, map.file().span(imageSpan.start(), end), new Attributes(List.of()), attributeText,
          attributesSpan, last, remainder);
    }
    return new ImageSyntax(img, map.file().span(imageSpan.start(), end), parsed.get(), attributeText, attributesSpan, last,
        remainder);
  }

  /** The end of the attribute block that opens at {@code start}, or -1 when there is none. */
  private static int attributesEnd(String text, int start) {
    if (start >= text.length() || text.charAt(start) != '{') return -1;
    char quote = 0;
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if ((c == '"' || c == '\'') && text.charAt(i - 1) == '=') {
        quote = c;
      } else if (c == '}') {
        return i + 1;
      } else if (c == '{' || (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
        return -1;
      }
    }
    return -1;
  }

  /** An image within running text: its description is its alt text unless {@code alt=} gives one. */
  private Node inlineImage(Image img, List<Inline> out, int depth) {
    ImageSyntax syntax = syntax(img);
    List<Inline> description = convert(img, depth + 1);
    ImageAttributes attributes = imageAttributes(syntax, false);
    String alt = attributes.alt != null ? attributes.alt : cz.sazba.model.Inlines.plainText(description).strip();
    if (alt.isEmpty() && !attributes.decorative) {
      diagnostics.error("image-alt-missing", syntax.span,
          "this image has no text alternative, which a reader who cannot see it needs",
          "describe what it shows between the brackets, ![a red circle](dot.png), or in alt=\"...\";"
              + " mark an ornament that means nothing {.decorative}");
    }
    model(syntax, attributes, alt).ifPresent(out::add);
    if (syntax.remainder != null) out.add(syntax.remainder);
    return syntax.last;
  }

  /**
   * Whether the paragraph is an image alone (with its attributes, and white space around), which
   * pandoc's {@code implicit_figures} makes a figure when its description is not empty.
   */
  boolean isFigure(org.commonmark.node.Paragraph p) {
    Node first = p.getFirstChild();
    if (!(first instanceof Image img) || img.getFirstChild() == null) return false;
    ImageSyntax syntax = syntaxQuiet(img);
    if (syntax.remainder != null && !syntax.remainder.text().isBlank()) return false;
    for (Node n = syntax.last.getNext(); n != null; n = n.getNext()) {
      if (!(n instanceof org.commonmark.node.Text t && t.getLiteral().isBlank()) && !(n instanceof SoftLineBreak)) return false;
    }
    return true;
  }

  private ImageSyntax syntaxQuiet(Image img) {
    Diagnostics none = new Diagnostics();
    InlineConverter quiet = new InlineConverter(map, none, context, notes);
    return quiet.syntax(img);
  }

  /** The figure this paragraph is ({@link #isFigure}); empty when it has errors (reported). */
  Optional<cz.sazba.model.Figure> figure(org.commonmark.node.Paragraph p, Lang lang, Span span) {
    Image img = (Image) p.getFirstChild();
    ImageSyntax syntax = syntax(img);
    List<Inline> caption = SmartPunctuation.apply(convert(img, 1), lang, context.text.smart());
    ImageAttributes attributes = imageAttributes(syntax, true);
    if (attributes.alt == null && !attributes.decorative) {
      diagnostics.error("figure-alt-missing", syntax.span,
          "this figure has a caption but no text alternative, which a reader who cannot see it needs",
          "add alt=\"what the picture shows\" after it: the caption is read as well, so say what it does not;"
              + " mark a picture that carries no meaning {.decorative}");
      return Optional.empty();
    }
    Optional<cz.sazba.model.Image> image = model(syntax, attributes, attributes.alt == null ? "" : attributes.alt);
    return image.map(i -> new cz.sazba.model.Figure(attributes.id, i, caption, 0, span));
  }

  private static final class ImageAttributes {
    String id = "";
    String alt;
    boolean decorative;
    Optional<cz.sazba.model.Dimension> width = Optional.empty();
    Optional<cz.sazba.model.Dimension> height = Optional.empty();
    boolean bad;
  }

  private ImageAttributes imageAttributes(ImageSyntax syntax, boolean figure) {
    ImageAttributes result = new ImageAttributes();
    if (syntax.node.getTitle() != null && !syntax.node.getTitle().isBlank()) {
      diagnostics.warning("image-title-ignored", syntax.span,
          "the image title " + Quote.of(syntax.node.getTitle()) + " is not shown in the books",
          figure ? "put it into the caption" : "put what it says into the alt text or the sentence, or remove it");
    }
    if (syntax.attributes == null) return result;
    String text = syntax.attributeText;
    for (Attributes.Attribute a : syntax.attributes.entries()) {
      Span at = cut(syntax.attributesSpan, a.start(), a.end(), text.length());
      if (a.kind() == Attributes.Kind.ID && result.id.isEmpty()) {
        if (!figure) {
          ignored(a, at, "image within text (only a figure, an image alone in its paragraph, can be referred to)");
          continue;
        }
        if (!context.ids.claim(a.name())) {
          diagnostics.error("heading-id-duplicate", at, "the identifier " + Quote.of(a.name()) + " is already used",
              "give each heading, div and figure its own identifier");
        }
        result.id = a.name();
      } else if (a.kind() == Attributes.Kind.CLASS && a.name().equals("decorative")) {
        result.decorative = true;
      } else if (a.kind() == Attributes.Kind.KEY_VALUE && a.name().equals("alt") && result.alt == null) {
        result.alt = a.value().strip();
        if (result.alt.isEmpty()) {
          diagnostics.error(figure ? "figure-alt-missing" : "image-alt-missing", at, "the alt text is empty",
              "say what the picture shows, or mark a picture that carries no meaning {.decorative}");
          result.bad = true;
        }
      } else if (a.kind() == Attributes.Kind.KEY_VALUE && (a.name().equals("width") || a.name().equals("height"))) {
        Optional<cz.sazba.model.Dimension> d = dimension(a.value());
        if (d.isEmpty()) {
          diagnostics.error("image-size-malformed", cut(syntax.attributesSpan, a.valueStart(), a.valueEnd(), text.length()),
              Quote.of(a.value()) + " is not a size", "write a number and a unit: 60%, 5cm, 40mm, 2in, 120pt, 3em or 300px");
          result.bad = true;
        } else if (a.name().equals("width")) {
          result.width = d;
        } else {
          result.height = d;
        }
      } else {
        ignored(a, at, figure ? "figure" : "image");
      }
    }
    if (result.decorative && result.alt != null && !result.alt.isEmpty()) {
      diagnostics.warning("image-alt-decorative", syntax.span,
          "a decorative image is hidden from readers who cannot see it, so its alt text is not used",
          "remove .decorative if the picture means something, or remove alt=\"...\"");
    }
    if (result.decorative) result.alt = "";
    return result;
  }

  private static final java.util.regex.Pattern DIMENSION =
      java.util.regex.Pattern.compile("([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)\\s*(%|px|cm|mm|in|pt|em)?");

  /** pandoc's sizes: a number with a unit, or pixels without one. */
  static Optional<cz.sazba.model.Dimension> dimension(String value) {
    java.util.regex.Matcher m = DIMENSION.matcher(value.strip());
    if (!m.matches()) return Optional.empty();
    double v = Double.parseDouble(m.group(1));
    if (!(v > 0) || v > 100_000) return Optional.empty();
    String unit = m.group(2) == null ? "px" : m.group(2);
    cz.sazba.model.Dimension.Unit u = switch (unit) {
      case "%" -> cz.sazba.model.Dimension.Unit.PERCENT;
      case "cm" -> cz.sazba.model.Dimension.Unit.CM;
      case "mm" -> cz.sazba.model.Dimension.Unit.MM;
      case "in" -> cz.sazba.model.Dimension.Unit.IN;
      case "pt" -> cz.sazba.model.Dimension.Unit.PT;
      case "em" -> cz.sazba.model.Dimension.Unit.EM;
      default -> cz.sazba.model.Dimension.Unit.PX;
    };
    if (u == cz.sazba.model.Dimension.Unit.PERCENT && v > 100) return Optional.empty();
    return Optional.of(new cz.sazba.model.Dimension(v, u));
  }

  private Optional<cz.sazba.model.Image> model(ImageSyntax syntax, ImageAttributes attributes, String alt) {
    Span pathSpan = syntax.span;
    Optional<cz.sazba.model.ImageData> data = context.images.load(syntax.node.getDestination(), pathSpan, diagnostics);
    if (data.isEmpty() || attributes.bad || (alt.isBlank() && !attributes.decorative)) return Optional.empty();
    String path = ImageFiles.normalise(syntax.node.getDestination());
    return Optional.of(new cz.sazba.model.Image(path, alt, attributes.decorative, attributes.width, attributes.height,
        data.get(), syntax.span));
  }

  // Spans

  /**
   * {@code [text]{...}}: {@code lang} makes a foreign passage, {@code .smallcaps} small caps (and
   * {@code .underline} is read as pandoc reads it, as underlined text, which a book sets as
   * emphasis is not: it is kept plain with a warning). Any other class or attribute keeps the
   * content with one warning per name, as pandoc ignores them outside HTML.
   */
  private void bracketedSpan(PandocNodes.BracketedSpan s, Span span, List<Inline> out, int depth) {
    List<Inline> content = convert(s, depth);
    if (s.getPrevious() instanceof org.commonmark.node.Text prev && prev.getLiteral().matches("(?s).*\\\\[A-Za-z]+")) {
      out.addAll(content); // \cite[p. 4]{key}: raw TeX, reported at its command, not a span
      return;
    }
    String text = s.attributes.getContent();
    spanWith(content, text, map.span(s.attributes, 0, text.length()), map.span(s.attributes, 0, 0).start(), span, out);
  }

  /**
   * The span's content with its attributes {@code text} applied; {@code attributesSpan} is where
   * they are written, and positions inside them are found relative to its start.
   */
  private void spanWith(List<Inline> content, String text, Span attributesSpan, int unused, Span span, List<Inline> out) {
    Optional<Attributes> parsed = Attributes.parse(text);
    if (parsed.isEmpty()) {
      diagnostics.error("attribute-malformed", attributesSpan,
          Quote.of(text) + " is not a valid attribute list", "write the language as {lang=cs}");
      out.addAll(content);
      return;
    }
    Lang lang = null;
    boolean smallCaps = false;
    for (Attributes.Attribute a : parsed.get().entries()) {
      Span at = cut(attributesSpan, a.start(), a.end(), text.length());
      if (a.kind() == Attributes.Kind.KEY_VALUE && a.name().equals("lang") && lang == null) {
        lang = Lang.parseOrNull(a.value());
        if (lang == null) {
          diagnostics.error("lang-unknown", cut(attributesSpan, a.valueStart(), a.valueEnd(), text.length()),
              Quote.of(a.value()) + " is not a known BCP 47 language tag",
              "use a tag such as cs, en-US or de-AT");
        }
      } else if (a.kind() == Attributes.Kind.CLASS && a.name().equals("smallcaps")) {
        smallCaps = true;
      } else {
        ignored(a, at, "span");
      }
    }
    List<Inline> result = content;
    if (smallCaps) result = List.of(new SmallCaps(result, span));
    if (lang != null) result = List.of(new Foreign(lang, result, span));
    out.addAll(result);
  }

  /** One warning per class or attribute name in the book: the content is kept, the name means nothing here. */
  void ignored(Attributes.Attribute a, Span at, String where) {
    String what = switch (a.kind()) {
      case ID -> "the identifier #" + Quote.visible(a.name());
      case CLASS -> "the class ." + Quote.visible(a.name());
      case KEY_VALUE -> "the attribute " + Quote.visible(a.name());
    };
    String key = a.kind() == Attributes.Kind.ID ? "#" : a.kind() + ":" + a.name();
    context.warnOnce(diagnostics, key, "attribute-ignored", at,
        what + " means nothing to Sazba on a " + where + "; the content is kept (said once per name)",
        "Sazba reads lang=..., .smallcaps, and on headings #id, .unnumbered and -; see docs/manuscript.md");
  }

  // HTML

  /**
   * An inline HTML tag, as pandoc reads HTML: a comment is dropped; {@code <br>} is a line
   * break; the elements of a small set become what they mean, with their content read as
   * Markdown up to the matching closing tag among the same siblings. Anything else is an error,
   * once per element (its closing tag is not reported again). Returns the last node consumed.
   */
  private Node html(HtmlInline html, List<Inline> out, int depth) {
    Span span = map.span(html);
    String literal = html.getLiteral();
    if (literal.startsWith("<!--")) return html;
    HtmlTags.Tag tag = HtmlTags.parse(literal);
    if (tag == null) {
      diagnostics.error("html-unsupported", span, "the HTML " + Quote.of(literal) + " is not supported",
          "use Markdown; write &lt; for a literal <");
      return html;
    }
    if (tag.name().equals("br")) {
      out.add(new LineBreak(span));
      return html;
    }
    if (tag.closing()) {
      diagnostics.error("html-unmatched", span, "the closing tag " + Quote.of(literal) + " has no opening tag here",
          "open and close an HTML element within the same paragraph and emphasis");
      return html;
    }
    if (tag.selfClosing()) {
      diagnostics.error("html-unsupported", span, "the HTML element <" + tag.name() + "> is not supported",
          "use Markdown; the HTML that Sazba reads is listed in docs/manuscript.md");
      return html;
    }
    // The siblings up to the matching closing tag are the element's content.
    Node closing = null;
    int open = 1;
    for (Node n = html.getNext(); n != null; n = n.getNext()) {
      if (n instanceof HtmlInline h) {
        HtmlTags.Tag t = HtmlTags.parse(h.getLiteral());
        if (t != null && t.name().equals(tag.name()) && !t.selfClosing()) open += t.closing() ? -1 : 1;
        if (open == 0) {
          closing = n;
          break;
        }
      }
    }
    if (closing == null) {
      diagnostics.error("html-unmatched", span, "the HTML element <" + tag.name() + "> is never closed here",
          "close it within the same paragraph and emphasis: </" + tag.name() + ">");
      return html;
    }
    org.commonmark.node.Node holder = new PandocNodes.HtmlElement();
    List<Node> inner = new ArrayList<>();
    for (Node n = html.getNext(); n != closing; n = n.getNext()) inner.add(n);
    for (Node n : inner) holder.appendChild(n);
    html.insertAfter(holder);
    Span whole = map.file().span(span.start(), Math.max(span.end(), map.span(closing).end()));
    if (depth >= ChapterConverter.MAX_NESTING) {
      diagnostics.error("nesting-too-deep", whole, "HTML elements are nested too deeply here",
          "a book needs only a few levels");
      return closing;
    }
    List<Inline> content = convert(holder, depth + 1);
    switch (tag.name()) {
      case "em", "i", "cite", "dfn" -> out.add(new Emph(content, whole));
      case "strong", "b" -> out.add(new Strong(content, whole));
      case "sup" -> out.add(new Superscript(content, whole));
      case "sub" -> out.add(new Subscript(content, whole));
      case "del", "s", "strike" -> out.add(new Strikeout(content, whole));
      case "code", "kbd", "var", "samp", "tt" -> out.add(new cz.sazba.model.Code(Inlines.plainText(content), whole));
      case "span" -> {
        Optional<Lang> lang = tag.attribute("lang").map(Lang::parseOrNull);
        List<Inline> result = content;
        if (tag.attribute("class").map(c -> List.of(c.split("\\s+")).contains("smallcaps")).orElse(false)) {
          result = List.of(new SmallCaps(result, whole));
        }
        if (lang.isPresent()) result = List.of(new Foreign(lang.get(), result, whole));
        else if (tag.attribute("lang").isPresent()) {
          diagnostics.error("lang-unknown", span, Quote.of(tag.attribute("lang").get()) + " is not a known BCP 47 language tag",
              "use a tag such as cs, en-US or de-AT");
        }
        out.addAll(result);
      }
      default -> {
        diagnostics.error("html-unsupported", span, "the HTML element <" + tag.name() + "> is not supported",
            "use Markdown; the HTML that Sazba reads is listed in docs/manuscript.md");
        out.addAll(content);
      }
    }
    return closing;
  }

  // Citations

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
      items.add(new CiteItem(item.key(), item.locator(), item.prefix(), item.suppressAuthor(),
          map.span(spans, item.start() + 1, item.end() + 1)));
    }
    return Optional.of(new Cite(items, span));
  }

  /** Adjacent text merged into one node spanning them all, white space runs collapsed. */
  static List<Inline> mergeText(List<Inline> raw) {
    List<Inline> out = new ArrayList<>(raw.size());
    int k = 0;
    while (k < raw.size()) {
      if (!(raw.get(k) instanceof Text first)) {
        out.add(raw.get(k++));
        continue;
      }
      // One builder for the whole run of text nodes: a paragraph's lines come as text, soft
      // break, text, ..., and joining them pairwise would copy the paragraph once per line.
      int end = first.span().end();
      StringBuilder joined = null;
      for (k++; k < raw.size() && raw.get(k) instanceof Text next; k++) {
        if (joined == null) joined = new StringBuilder(first.text());
        joined.append(next.text());
        end = Math.max(end, next.span().end());
      }
      if (joined == null) {
        out.add(new Text(collapse(first.text()), first.span()));
      } else {
        out.add(new Text(collapse(joined.toString()), first.span().file().span(first.span().start(), end)));
      }
    }
    return out;
  }

  /** Runs of ASCII white space to one space; U+00A0 is kept, it is a deliberate no-break space. */
  static String collapse(String text) {
    int n = text.length();
    int k = 0;
    while (k < n && !(isCollapsed(text.charAt(k)) && (text.charAt(k) != ' ' || k + 1 < n && isCollapsed(text.charAt(k + 1))))) {
      k++;
    }
    if (k == n) return text; // no run to shorten and no other white space to make a space
    StringBuilder out = new StringBuilder(n).append(text, 0, k);
    while (k < n) {
      char c = text.charAt(k);
      if (isCollapsed(c)) {
        out.append(' ');
        while (k < n && isCollapsed(text.charAt(k))) k++;
      } else {
        out.append(c);
        k++;
      }
    }
    return out.toString();
  }

  private static boolean isCollapsed(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  /** The heading text pandoc derives identifiers from: what the reader sees, without citations or notes. */
  static String identifierText(List<Inline> inlines) {
    return Inlines.plainText(WITHOUT_CITES_AND_NOTES.inlines(inlines));
  }

  private static final ModelRewriter WITHOUT_CITES_AND_NOTES = new ModelRewriter() {
    @Override public List<Inline> visitCite(Cite c) { return List.of(); }
    @Override public List<Inline> visitNote(Note n) { return List.of(); }
  };

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

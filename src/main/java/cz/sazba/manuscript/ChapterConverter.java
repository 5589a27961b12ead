package cz.sazba.manuscript;

import cz.sazba.model.Block;
import cz.sazba.model.BlockQuote;
import cz.sazba.model.Chapter;
import cz.sazba.model.Heading;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListItem;
import cz.sazba.model.Paragraph;
import cz.sazba.model.ReferencesSlot;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import cz.sazba.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.ThematicBreak;

/**
 * One parsed chapter file (commonmark's tree) to model blocks. Whatever the model cannot hold is
 * reported with a hint, never dropped silently; the conversion goes on so that every problem of
 * the file is reported in one run.
 */
final class ChapterConverter {
  /**
   * Quotes, lists and divs inside one another deeper than this are an error. No book needs as
   * many; the limit keeps every stage's recursion far from the end of the stack.
   */
  static final int MAX_NESTING = 32;

  private final SourceMap map;
  private final Diagnostics diagnostics;
  private final HeadingIds ids;
  private final InlineConverter inlines;

  ChapterConverter(SourceMap map, Diagnostics diagnostics, HeadingIds ids) {
    this.map = map;
    this.diagnostics = diagnostics;
    this.ids = ids;
    this.inlines = new InlineConverter(map, diagnostics);
  }

  Chapter convert(org.commonmark.node.Document document) {
    return new Chapter(map.file(), blocks(document, 0));
  }

  /** The blocks of a container nested {@code depth} containers deep. */
  private List<Block> blocks(Node parent, int depth) {
    List<Block> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) block(n, out, depth);
    return out;
  }

  private void block(Node n, List<Block> out, int depth) {
    Span span = map.span(n);
    boolean container = n instanceof org.commonmark.node.BlockQuote || n instanceof org.commonmark.node.ListBlock
        || n instanceof PandocNodes.FencedDiv;
    if (container && depth >= MAX_NESTING) {
      // Reported once, at the outermost container too deep; what is inside it is not read.
      diagnostics.error("nesting-too-deep", span,
          "quotes, lists and divs are nested more than " + MAX_NESTING + " levels deep here",
          "a book needs only a few levels: close the quotes or lists sooner");
      return;
    }
    if (n instanceof org.commonmark.node.Heading h) {
      heading(h, span).ifPresent(out::add);
    } else if (n instanceof org.commonmark.node.Paragraph p) {
      out.add(new Paragraph(inlines.convert(p), span));
    } else if (n instanceof org.commonmark.node.BlockQuote q) {
      out.add(new BlockQuote(blocks(q, depth + 1), span));
    } else if (n instanceof BulletList list) {
      out.add(new ListBlock(false, 1, items(list, depth + 1), span));
    } else if (n instanceof OrderedList list) {
      Integer start = list.getMarkerStartNumber();
      out.add(new ListBlock(true, start == null ? 1 : start, items(list, depth + 1), span));
    } else if (n instanceof PandocNodes.FencedDiv div) {
      fencedDiv(div, span, out, depth + 1);
    } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
      diagnostics.error("code-unsupported", span, "code blocks are not supported",
          n instanceof IndentedCodeBlock
              ? "a line indented by four spaces is a code block: remove the indentation"
              : "write the text as ordinary paragraphs");
    } else if (n instanceof HtmlBlock) {
      diagnostics.error("html-unsupported", span, "raw HTML is not supported",
          "write the content in Markdown; HTML would only reach one of the outputs");
    } else if (n instanceof ThematicBreak) {
      diagnostics.error("thematic-break-unsupported", span, "thematic breaks (---, ***) are not supported",
          "start a new section with a heading instead");
    } else if (n instanceof LinkReferenceDefinition) {
      // Supported: commonmark has already resolved the links that use it.
    } else {
      diagnostics.error("block-unsupported", span, "this kind of block is not supported",
          "see docs/manuscript.md for what a manuscript may contain");
    }
  }

  private List<ListItem> items(org.commonmark.node.ListBlock list, int depth) {
    List<ListItem> items = new ArrayList<>();
    for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
      items.add(new ListItem(blocks(n, depth), map.span(n)));
    }
    return items;
  }

  private Optional<Block> heading(org.commonmark.node.Heading h, Span span) {
    List<cz.sazba.model.Inline> content = inlines.convert(h);
    Optional<String> explicitId = Optional.empty();
    if (h instanceof PandocNodes.AttributedHeading attributed) {
      explicitId = headingId(attributed);
    }
    if (h.getLevel() > 3) {
      diagnostics.error("heading-too-deep", span, "heading level " + h.getLevel() + " is deeper than the supported 3",
          "use #, ## or ### (a book of this size reads better with fewer levels)");
      return Optional.empty();
    }
    String id = explicitId.orElseGet(() -> ids.automatic(InlineConverter.identifierText(content)));
    return Optional.of(new Heading(h.getLevel(), id, content, span));
  }

  /** The {@code #id} of a heading's attributes; anything else there is reported. */
  private Optional<String> headingId(PandocNodes.AttributedHeading h) {
    Optional<Attributes> parsed = Attributes.parse(h.attributes.getContent());
    Optional<String> id = Optional.empty();
    for (Attributes.Attribute a : parsed.map(Attributes::entries).orElse(List.of())) {
      Span at = map.span(h.attributes, a.start(), a.end());
      if (a.kind() == Attributes.Kind.ID && id.isEmpty()) {
        if (!ids.claim(a.name())) {
          diagnostics.error("heading-id-duplicate", at, "the identifier " + Quote.of(a.name()) + " is already used",
              "give each heading its own identifier");
        }
        id = Optional.of(a.name());
      } else {
        diagnostics.error("attribute-unsupported", at,
            "heading attribute " + Quote.of(h.attributes.getContent().substring(a.start(), a.end())) + " is not supported",
            "a heading takes only an identifier: {#id}");
      }
    }
    return id;
  }

  private void fencedDiv(PandocNodes.FencedDiv div, Span span, List<Block> out, int depth) {
    String attributes = div.attributes.getContent();
    Span attributesSpan = map.span(div.attributes, 0, attributes.length());
    if (!div.closed) {
      diagnostics.error("div-unclosed", span, "the fenced div " + Quote.of("::: " + attributes) + " is never closed",
          "end it with a line of three colons: :::");
    }
    out.addAll(blocks(div, depth));
    Optional<Attributes> parsed = Attributes.parse(attributes);
    boolean isRefs = parsed.isPresent() && parsed.get().entries().size() == 1
        && parsed.get().entries().get(0).kind() == Attributes.Kind.ID
        && parsed.get().entries().get(0).name().equals("refs");
    if (isRefs) {
      out.add(new ReferencesSlot(span));
    } else {
      diagnostics.error("div-unsupported", attributesSpan, "fenced div " + Quote.of(attributes) + " is not supported",
          "the only supported div is the place of the reference list: ::: {#refs}");
    }
  }
}

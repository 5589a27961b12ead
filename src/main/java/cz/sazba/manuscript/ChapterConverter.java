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
    return new Chapter(map.file(), blocks(document));
  }

  private List<Block> blocks(Node parent) {
    List<Block> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) block(n, out);
    return out;
  }

  private void block(Node n, List<Block> out) {
    Span span = map.span(n);
    if (n instanceof org.commonmark.node.Heading h) {
      heading(h, span).ifPresent(out::add);
    } else if (n instanceof org.commonmark.node.Paragraph p) {
      out.add(new Paragraph(inlines.convert(p), span));
    } else if (n instanceof org.commonmark.node.BlockQuote q) {
      out.add(new BlockQuote(blocks(q), span));
    } else if (n instanceof BulletList list) {
      out.add(new ListBlock(false, 1, items(list), span));
    } else if (n instanceof OrderedList list) {
      Integer start = list.getMarkerStartNumber();
      out.add(new ListBlock(true, start == null ? 1 : start, items(list), span));
    } else if (n instanceof PandocNodes.FencedDiv div) {
      fencedDiv(div, span, out);
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

  private List<ListItem> items(org.commonmark.node.ListBlock list) {
    List<ListItem> items = new ArrayList<>();
    for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
      items.add(new ListItem(blocks(n), map.span(n)));
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
          diagnostics.error("heading-id-duplicate", at, "the identifier '" + a.name() + "' is already used",
              "give each heading its own identifier");
        }
        id = Optional.of(a.name());
      } else {
        diagnostics.error("attribute-unsupported", at,
            "heading attribute '" + h.attributes.getContent().substring(a.start(), a.end()) + "' is not supported",
            "a heading takes only an identifier: {#id}");
      }
    }
    return id;
  }

  private void fencedDiv(PandocNodes.FencedDiv div, Span span, List<Block> out) {
    String attributes = div.attributes.getContent();
    Span attributesSpan = map.span(div.attributes, 0, attributes.length());
    if (!div.closed) {
      diagnostics.error("div-unclosed", span, "the fenced div '::: " + attributes + "' is never closed",
          "end it with a line of three colons: :::");
    }
    out.addAll(blocks(div));
    Optional<Attributes> parsed = Attributes.parse(attributes);
    boolean isRefs = parsed.isPresent() && parsed.get().entries().size() == 1
        && parsed.get().entries().get(0).kind() == Attributes.Kind.ID
        && parsed.get().entries().get(0).name().equals("refs");
    if (isRefs) {
      out.add(new ReferencesSlot(span));
    } else {
      diagnostics.error("div-unsupported", attributesSpan, "fenced div '" + attributes + "' is not supported",
          "the only supported div is the place of the reference list: ::: {#refs}");
    }
  }
}

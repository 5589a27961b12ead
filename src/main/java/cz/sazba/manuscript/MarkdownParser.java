package cz.sazba.manuscript;

import java.util.List;
import java.util.Set;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The commonmark parser with our pandoc extensions and source spans on every node: footnotes
 * (commonmark's own extension), heading attributes, fenced divs, definition lists, lists as pandoc
 * reads them (bullet, numbered, fancy and example: {@link FancyListParser}, in place of
 * commonmark's list parser), math (to refuse it), strikeout, sub- and superscripts, bracketed
 * spans and citations. Every other block type stays enabled, so what the model cannot hold is
 * parsed and then reported by {@link ChapterConverter} instead of silently turning into
 * paragraphs.
 */
final class MarkdownParser {
  private MarkdownParser() {}

  /**
   * The text parsed, with the letters of lettered list markers shown to {@link FancyListParser}
   * ({@link ListLetters}).
   */
  static org.commonmark.node.Node parse(Parser parser, String text) {
    org.commonmark.node.Node doc = parser.parse(ListLetters.mask(text));
    ListLetters.unmask(doc);
    return doc;
  }

  /**
   * commonmark's block types but lists, in commonmark's own order, which is the order its parsers
   * are tried in (a setext heading's underline before a thematic break): never a {@code Set.of},
   * whose order changes from run to run.
   */
  private static final Set<Class<? extends org.commonmark.node.Block>> CORE_BLOCKS = java.util.Collections.unmodifiableSet(
      new java.util.LinkedHashSet<>(List.of(BlockQuote.class, Heading.class, FencedCodeBlock.class, HtmlBlock.class,
          ThematicBreak.class, IndentedCodeBlock.class)));

  static Parser create() {
    return Parser.builder()
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
        // Every list is read by FancyListParser, as pandoc reads lists; commonmark's own list parser is off.
        .enabledBlockTypes(CORE_BLOCKS)
        // pandoc's footnote definitions (several paragraphs) before the extension's own parser.
        .customBlockParserFactory(new FootnoteDefinitionParser.Factory())
        // Footnotes first: its link processor claims [^label] and ^[note] before ours looks.
        .extensions(List.of(FootnotesExtension.builder().inlineFootnotes(true).build()))
        .customBlockParserFactory(new AttributedHeadingParser.Factory())
        .customBlockParserFactory(new FencedDivParser.Factory())
        .customBlockParserFactory(new DefinitionListParser.Factory())
        .customBlockParserFactory(new HtmlDivParser.Factory())
        .customBlockParserFactory(new TableBlockParser.Factory())
        // Every list: bullet, numbered, fancy and example, as pandoc reads them.
        .customBlockParserFactory(new FancyListParser.Factory())
        .customInlineContentParserFactory(new MathParser.Factory())
        .customDelimiterProcessor(InlineMarks.strikeout())
        .customDelimiterProcessor(InlineMarks.subscript())
        .customDelimiterProcessor(InlineMarks.superscript())
        .linkProcessor(new BracketProcessor())
        .build();
  }
}

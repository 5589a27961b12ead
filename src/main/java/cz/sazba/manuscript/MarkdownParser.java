package cz.sazba.manuscript;

import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The commonmark parser with our pandoc extensions and source spans on every node. All block types
 * stay enabled, so unsupported ones (code, HTML, rules) are parsed and then reported by {@link
 * ChapterConverter} instead of silently turning into paragraphs.
 */
final class MarkdownParser {
  private MarkdownParser() {}

  static Parser create() {
    return Parser.builder()
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
        .customBlockParserFactory(new AttributedHeadingParser.Factory())
        .customBlockParserFactory(new FencedDivParser.Factory())
        .linkProcessor(new BracketProcessor())
        .build();
  }
}

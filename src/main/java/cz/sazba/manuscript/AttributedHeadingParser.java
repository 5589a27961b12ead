package cz.sazba.manuscript;

import org.commonmark.node.Block;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Pandoc's {@code header_attributes}: an ATX heading whose line ends in {@code {#id}} (or
 * {@code {-}}, {@code {.unnumbered}}, {@code {lang=cs}}), with a space before the brace; braces
 * right after a {@code ]} close a bracketed span instead, as in pandoc. The
 * attributes are cut off before the heading text reaches the inline parser, so they never become
 * text. Headings without attributes are left to commonmark's own parser.
 */
final class AttributedHeadingParser extends AbstractBlockParser {
  private final PandocNodes.AttributedHeading block;
  private final SourceLines content;

  private AttributedHeadingParser(int level, SourceLines content, SourceLines attributes) {
    this.block = new PandocNodes.AttributedHeading(level, attributes);
    this.content = content;
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    return BlockContinue.none();
  }

  @Override
  public void parseInlines(InlineParser inlineParser) {
    inlineParser.parse(content, block);
  }

  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= 4) return BlockStart.none();
      SourceLine line = state.getLine();
      CharSequence s = line.getContent();
      int i = state.getNextNonSpaceIndex();
      int hashes = 0;
      while (i + hashes < s.length() && s.charAt(i + hashes) == '#') hashes++;
      if (hashes < 1 || hashes > 6) return BlockStart.none();
      int textStart = i + hashes;
      if (textStart >= s.length() || !isBlank(s.charAt(textStart))) return BlockStart.none();
      int end = s.length();
      while (end > textStart && isBlank(s.charAt(end - 1))) end--;
      if (end == textStart || s.charAt(end - 1) != '}') return BlockStart.none();
      int brace = lastIndexOf(s, '{', textStart, end);
      if (brace < 0 || Attributes.parse(s.subSequence(brace, end).toString()).isEmpty()) {
        return BlockStart.none();
      }
      // "# [Kapitola 1]{lang=cs}": the braces close a bracketed span, which pandoc reads first;
      // the heading holds the span and has no attributes of its own.
      if (brace > textStart && s.charAt(brace - 1) == ']') return BlockStart.none();
      while (textStart < brace && isBlank(s.charAt(textStart))) textStart++;
      int textEnd = brace;
      while (textEnd > textStart && isBlank(s.charAt(textEnd - 1))) textEnd--;
      // An optional closing sequence of #s, as in "# Title # {#id}".
      int hashStart = textEnd;
      while (hashStart > textStart && s.charAt(hashStart - 1) == '#') hashStart--;
      if (hashStart < textEnd && (hashStart == textStart || isBlank(s.charAt(hashStart - 1)))) {
        textEnd = hashStart;
        while (textEnd > textStart && isBlank(s.charAt(textEnd - 1))) textEnd--;
      }
      SourceLines text = textEnd > textStart ? SourceLines.of(line.substring(textStart, textEnd)) : SourceLines.empty();
      SourceLines attributes = SourceLines.of(line.substring(brace, end));
      return BlockStart.of(new AttributedHeadingParser(hashes, text, attributes)).atIndex(s.length());
    }
  }

  private static int lastIndexOf(CharSequence s, char c, int from, int to) {
    for (int k = to - 1; k >= from; k--) if (s.charAt(k) == c) return k;
    return -1;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}

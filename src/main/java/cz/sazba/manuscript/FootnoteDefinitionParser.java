package cz.sazba.manuscript;

import org.commonmark.ext.footnotes.internal.FootnoteBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * A footnote definition as pandoc reads it: {@code [^label]: text}, continued by lines indented
 * four columns, also after blank lines, so a note may hold several paragraphs (commonmark's
 * footnotes extension ends a definition at its first blank line). It makes the extension's own
 * node and registers it as the extension does, so references resolve the same way; it runs
 * before the extension's parser.
 */
final class FootnoteDefinitionParser extends FootnoteBlockParser {
  FootnoteDefinitionParser(String label) {
    super(label);
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (state.isBlank()) return BlockContinue.atIndex(state.getNextNonSpaceIndex());
    if (state.getIndent() >= 4) return BlockContinue.atColumn(state.getColumn() + 4);
    return BlockContinue.none();
  }

  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= 4) return BlockStart.none();
      CharSequence s = state.getLine().getContent();
      int i = state.getNextNonSpaceIndex();
      if (i + 2 >= s.length() || s.charAt(i) != '[' || s.charAt(i + 1) != '^') return BlockStart.none();
      int labelStart = i + 2;
      int k = labelStart;
      while (k < s.length() && s.charAt(k) != ']' && s.charAt(k) != '[' && !Character.isWhitespace(s.charAt(k))) k++;
      if (k == labelStart || k + 1 >= s.length() || s.charAt(k) != ']' || s.charAt(k + 1) != ':') return BlockStart.none();
      int content = k + 2;
      while (content < s.length() && (s.charAt(content) == ' ' || s.charAt(content) == '\t')) content++;
      return BlockStart.of(new FootnoteDefinitionParser(s.subSequence(labelStart, k).toString())).atIndex(content);
    }
  }
}

package cz.sazba.manuscript;

import org.commonmark.node.Block;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Pandoc's {@code fenced_divs}: a line of three or more colons with attributes (or one class
 * word) opens a div, a line of colons alone closes it. The div is a container, so blocks inside it
 * are parsed as usual. Divs nest: a closing fence closes the innermost open one.
 */
final class FencedDivParser extends AbstractBlockParser {
  private final PandocNodes.FencedDiv block;

  private FencedDivParser(SourceLines attributes) {
    this.block = new PandocNodes.FencedDiv(attributes);
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public boolean isContainer() {
    return true;
  }

  @Override
  public boolean canContain(Block childBlock) {
    return true;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (state.getIndent() < 4 && isClosingFence(state.getLine().getContent(), state.getNextNonSpaceIndex())
        && !PandocNodes.hasOpenNested(block, PandocNodes.FencedDiv.class)) {
      block.closed = true;
      return BlockContinue.finished();
    }
    return BlockContinue.atIndex(state.getIndex());
  }


  private static boolean isClosingFence(CharSequence s, int i) {
    int colons = 0;
    while (i < s.length() && s.charAt(i) == ':') {
      i++;
      colons++;
    }
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
    return colons >= 3 && i == s.length();
  }

  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= 4) return BlockStart.none();
      SourceLine line = state.getLine();
      CharSequence s = line.getContent();
      int i = state.getNextNonSpaceIndex();
      int colons = 0;
      while (i < s.length() && s.charAt(i) == ':') {
        i++;
        colons++;
      }
      if (colons < 3) return BlockStart.none();
      while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
      int end = s.length();
      while (end > i && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t' || s.charAt(end - 1) == ':')) end--;
      // Pandoc wants attributes (or a class word) on the opening fence; a bare fence closes.
      if (end <= i) return BlockStart.none();
      return BlockStart.of(new FencedDivParser(SourceLines.of(line.substring(i, end)))).atIndex(s.length());
    }
  }
}

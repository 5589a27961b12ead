package cz.sazba.manuscript;

import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * pandoc's {@code native_divs}: a line that is only an opening {@code <div ...>} or
 * {@code <section ...>} tag opens a container of Markdown blocks, closed by a line that is only
 * the matching closing tag. commonmark would make the whole run one raw HTML block; this parser
 * runs before it. Nested wrappers nest: a closing tag closes the innermost open one.
 */
final class HtmlDivParser extends AbstractBlockParser {
  private static final Pattern OPENING = Pattern.compile("<(div|section)(\\s[^<>]*)?>\\s*", Pattern.CASE_INSENSITIVE);

  private final PandocNodes.HtmlDiv block;

  private HtmlDivParser(String name, String tag) {
    this.block = new PandocNodes.HtmlDiv(name, tag);
  }

  @Override public Block getBlock() { return block; }
  @Override public boolean isContainer() { return true; }
  @Override public boolean canContain(Block childBlock) { return true; }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    CharSequence s = state.getLine().getContent();
    String rest = s.subSequence(state.getNextNonSpaceIndex(), s.length()).toString().strip();
    if (state.getIndent() < 4 && rest.equalsIgnoreCase("</" + block.name + ">") && !PandocNodes.hasOpenNested(block, PandocNodes.HtmlDiv.class)) {
      block.closed = true;
      return BlockContinue.finished();
    }
    return BlockContinue.atIndex(state.getIndex());
  }


  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= 4) return BlockStart.none();
      SourceLine line = state.getLine();
      CharSequence s = line.getContent();
      String rest = s.subSequence(state.getNextNonSpaceIndex(), s.length()).toString();
      var m = OPENING.matcher(rest);
      if (!m.matches()) return BlockStart.none();
      return BlockStart.of(new HtmlDivParser(m.group(1).toLowerCase(java.util.Locale.ROOT), rest.strip()))
          .atIndex(s.length());
    }
  }
}

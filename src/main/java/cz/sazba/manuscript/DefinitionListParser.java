package cz.sazba.manuscript;

import org.commonmark.node.Block;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * pandoc's {@code definition_lists}: a paragraph (the term) followed by a line starting with
 * {@code :} or {@code ~} and a space opens a definition, a container whose further lines are
 * indented by four columns. A marker line right after a definition adds another definition to
 * the same term. Each definition is a {@link PandocNodes.Definition}; the one that replaced the
 * paragraph holds the term, and {@link ChapterConverter} groups them into items and lists.
 */
final class DefinitionListParser extends AbstractBlockParser {
  private final PandocNodes.Definition block;
  private final SourceLines term;

  private DefinitionListParser(SourceLines term) {
    this.block = new PandocNodes.Definition(term != null, term == null);
    this.term = term;
    if (term != null) block.appendChild(block.term);
  }

  @Override public Block getBlock() { return block; }
  @Override public boolean isContainer() { return true; }
  @Override public boolean canContain(Block childBlock) { return true; }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (state.isBlank()) return BlockContinue.atIndex(state.getNextNonSpaceIndex());
    if (state.getIndent() >= 4) return BlockContinue.atColumn(state.getColumn() + 4);
    return BlockContinue.none();
  }

  @Override
  public void parseInlines(InlineParser inlineParser) {
    if (term != null) inlineParser.parse(term, block.term);
  }

  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= 4) return BlockStart.none();
      CharSequence s = state.getLine().getContent();
      int i = state.getNextNonSpaceIndex();
      if (i >= s.length() || (s.charAt(i) != ':' && s.charAt(i) != '~')) return BlockStart.none();
      if (i + 1 >= s.length() || (s.charAt(i + 1) != ' ' && s.charAt(i + 1) != '\t')) return BlockStart.none();
      // Not a fenced div (:::) nor a tilde code fence; those never reach here with a space second.
      SourceLines paragraph = matched.getParagraphLines();
      boolean afterTerm = !paragraph.isEmpty();
      Block container = matched.getMatchedBlockParser().getBlock();
      boolean afterDefinition = container.getLastChild() instanceof PandocNodes.Definition;
      // pandoc allows a blank line between the term and its first definition: the term is then
      // the paragraph before, already closed, which the converter takes as the term.
      boolean afterParagraph = container.getLastChild() instanceof org.commonmark.node.Paragraph;
      if (!afterTerm && !afterDefinition && !afterParagraph) return BlockStart.none();
      int content = i + 1;
      while (content < s.length() && content < i + 4 && (s.charAt(content) == ' ')) content++;
      DefinitionListParser p = new DefinitionListParser(afterTerm ? paragraph : null);
      p.block.termBefore = !afterTerm && !afterDefinition;
      BlockStart start = BlockStart.of(p).atIndex(content);
      return afterTerm ? start.replaceActiveBlockParser() : start;
    }
  }
}

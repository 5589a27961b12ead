package cz.sazba.manuscript;

import cz.sazba.model.ListNumbering.Delimiter;
import cz.sazba.model.ListNumbering.Style;
import java.util.IdentityHashMap;
import java.util.Map;
import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParser;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Every list, read as pandoc's Markdown reader reads lists (commonmark's own list parser is off,
 * {@link MarkdownParser}): bullets {@code -} {@code *} {@code +}, which make one list whichever
 * each item has; {@code 1.} and {@code 1)}, commonmark's {@link OrderedList}; and pandoc's
 * ordered lists that commonmark does not read ({@code fancy_lists}, {@code startnum},
 * {@code example_lists}): markers {@code a)}, {@code (iv)}, {@code A.}, {@code #.},
 * {@code (@label)} and the like, read by {@link ListMarker}, a {@link FancyList} (an
 * {@link OrderedList}, so the converter and the paragraph rules treat it as the others). A marker
 * that does not continue the open list (another style or delimiter) starts a new list, as in
 * pandoc. {@code #.} or {@code #)} continues a list of the same delimiter, and {@code 1.} a list
 * begun with {@code #.}. Inside a list item any list interrupts a paragraph (a sublist), as pandoc
 * lets it; elsewhere only what commonmark lets (a bullet, or {@code 1.} with text), which
 * {@link PandocBlocks#interruption} then warns of.
 *
 * <p>An item goes on as pandoc's does ({@link ItemParser}): its content indent is the marker's
 * indentation, the marker and the spaces after it (one when five or more follow, none when the
 * line ends), or four columns for an example item whatever its marker's width (pandoc's
 * {@code four_space_rule}, which its example lists follow).
 */
final class FancyListParser extends AbstractBlockParser {
  /** An ordered list begun with a marker commonmark does not read; its first marker says how it is numbered. */
  static final class FancyList extends OrderedList {
    final ListMarker first;
    /** Each item's marker, for the example labels. */
    final Map<ListItem, ListMarker> markers = new IdentityHashMap<>();

    FancyList(ListMarker first) {
      this.first = first;
      setMarkerStartNumber(first.number());
    }
  }

  private final org.commonmark.node.ListBlock block;
  private boolean hadBlankLine;
  private int linesAfterBlank;

  private FancyListParser(org.commonmark.node.ListBlock block) {
    this.block = block;
    block.setTight(true);
  }

  @Override public Block getBlock() { return block; }
  @Override public boolean isContainer() { return true; }

  @Override
  public boolean canContain(Block child) {
    if (!(child instanceof ListItem)) return false;
    // As commonmark's lists: an item after a blank line makes the list loose.
    if (hadBlankLine && linesAfterBlank == 1) {
      block.setTight(false);
      hadBlankLine = false;
    }
    return true;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (state.isBlank()) {
      hadBlankLine = true;
      linesAfterBlank = 0;
    } else if (hadBlankLine) {
      linesAfterBlank++;
    }
    // A list has no marker of its own: it ends when a block it cannot hold begins.
    return BlockContinue.atIndex(state.getIndex());
  }

  /**
   * One item, read as pandoc reads one: continued by the lines indented to its content (the
   * content indent, {@link Factory}), by a blank line, and by any line right after one of the
   * item's own that does not begin another list item (pandoc's lazy lines: after an indented code
   * block or an empty first line as well as in a paragraph). An item may begin with a blank line
   * after its marker.
   */
  private static final class ItemParser extends AbstractBlockParser {
    private final ListItem item = new ListItem();
    private final int contentIndent;
    private boolean hadBlankLine;
    /** Whether the line before was blank; before it, whether any line of the item was. */
    private boolean previousBlank;
    private boolean anyBlank;

    ItemParser(int markerIndent, int contentIndent) {
      this.contentIndent = contentIndent;
      item.setMarkerIndent(markerIndent);
      item.setContentIndent(contentIndent);
    }

    @Override public Block getBlock() { return item; }
    @Override public boolean isContainer() { return true; }

    @Override
    public boolean canContain(Block child) {
      if (hadBlankLine && item.getParent() instanceof org.commonmark.node.ListBlock list) list.setTight(false);
      return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      boolean afterBlank = previousBlank;
      previousBlank = state.isBlank();
      if (state.isBlank()) {
        anyBlank = true;
        Block active = state.getActiveBlockParser().getBlock();
        hadBlankLine = active instanceof Paragraph || active instanceof ListItem;
        return BlockContinue.atIndex(state.getNextNonSpaceIndex());
      }
      if (state.getIndent() >= contentIndent) return BlockContinue.atColumn(state.getColumn() + contentIndent);
      // A paragraph's lazy lines are commonmark's to read.
      if (afterBlank || state.getActiveBlockParser().getBlock() instanceof Paragraph) return BlockContinue.none();
      if (startsItem(state) || (!anyBlank && startsFence(state)) || closesDiv(state)) return BlockContinue.none();
      return BlockContinue.atIndex(state.getIndex());
    }

    /** pandoc's listStart: any list marker, indented less than four. */
    private static boolean startsItem(ParserState state) {
      if (state.getIndent() >= 4) return false;
      CharSequence line = ListLetters.unmask(state.getLine().getContent());
      int at = state.getNextNonSpaceIndex();
      return Factory.isBullet(line, at) || ListMarker.first(line, at) != null;
    }

    /** Whether the line, indented less than four, begins with {@code text}. */
    private static boolean begins(ParserState state, String text) {
      if (state.getIndent() >= 4) return false;
      CharSequence line = state.getLine().getContent();
      int at = state.getNextNonSpaceIndex();
      return at + text.length() <= line.length() && line.subSequence(at, at + text.length()).toString().equals(text);
    }

    private static boolean startsFence(ParserState state) {
      return begins(state, "```") || begins(state, "~~~");
    }

    /** A fenced div's closing fence, inside a div: pandoc ends the item there. */
    private boolean closesDiv(ParserState state) {
      if (!begins(state, ":::")) return false;
      for (org.commonmark.node.Node n = item.getParent(); n != null; n = n.getParent()) {
        if (n instanceof PandocNodes.FencedDiv) return true;
      }
      return false;
    }
  }

  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
      if (state.getIndent() >= 4) return BlockStart.none();
      // A lettered marker's letter arrives stood in for (ListLetters).
      CharSequence line = ListLetters.unmask(state.getLine().getContent());
      int at = state.getNextNonSpaceIndex();
      BlockParser matched = matchedBlockParser.getMatchedBlockParser();
      Block open = matched.getBlock();
      org.commonmark.node.ListBlock openList = matched instanceof FancyListParser p ? p.block : null;
      ListMarker marker = null;
      boolean continues = false;
      int markerEnd;
      if (isBullet(line, at)) {
        // pandoc's bullet list goes on whichever of - * + the next item has.
        markerEnd = at + 1;
        continues = openList instanceof BulletList;
      } else {
        if (openList instanceof FancyList f) {
          marker = ListMarker.continuing(line, at, f.first.style(), f.first.delimiter());
        } else if (openList instanceof OrderedList decimal) {
          // #. or #) goes on with a list of 1. or 1), as the next number does.
          Delimiter d = ")".equals(decimal.getMarkerDelimiter()) ? Delimiter.ONE_PAREN : Delimiter.PERIOD;
          marker = ListMarker.continuing(line, at, Style.DECIMAL, d);
        }
        continues = marker != null;
        if (marker == null) marker = ListMarker.first(line, at);
        if (marker == null) return BlockStart.none();
        markerEnd = marker.end();
      }
      int column = state.getColumn() + state.getIndent();
      int contentColumn = column + (markerEnd - at);
      int afterMarker = contentColumn;
      boolean hasContent = false;
      for (int i = markerEnd; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '\t') {
          contentColumn += 4 - contentColumn % 4;
        } else if (c == ' ') {
          contentColumn++;
        } else {
          hasContent = true;
          break;
        }
      }
      boolean inParagraph = !matchedBlockParser.getParagraphLines().isEmpty();
      if (inParagraph) {
        // In a list item any list begins on the line after a paragraph's, as in pandoc; elsewhere
        // only what commonmark lets interrupt one (a bullet or 1. with text), with a warning
        // (PandocBlocks.interruption), since pandoc reads it as the paragraph's text.
        boolean commonmarkWould = marker == null || (marker.isCommonmark() && marker.number() == 1);
        if (!hasContent || !(open.getParent() instanceof ListItem || commonmarkWould)) return BlockStart.none();
      }
      // pandoc: the marker and the spaces after it, one when five or more follow (the text is
      // then an indented code block), none at the end of the line; trailing spaces count too.
      if (contentColumn - afterMarker > 4) contentColumn = afterMarker + 1;
      // The item's later blocks: indented as far as its first line's text, or, in an example
      // list, four columns (pandoc's four_space_rule, which its example lists always follow),
      // however wide the marker is: (@label) text, then its next paragraph indented four.
      int contentIndent = marker != null && marker.style() == Style.EXAMPLE ? 4 : contentColumn - state.getColumn();
      ItemParser item = new ItemParser(state.getIndent(), contentIndent);
      if (continues) {
        if (openList instanceof FancyList f) f.markers.put(item.item, marker);
        return BlockStart.of(item).atColumn(contentColumn);
      }
      org.commonmark.node.ListBlock list;
      if (marker == null) {
        list = new BulletList();
      } else if (marker.isCommonmark()) {
        OrderedList decimal = new OrderedList();
        decimal.setMarkerStartNumber(marker.number());
        decimal.setMarkerDelimiter(marker.delimiter() == Delimiter.ONE_PAREN ? ")" : ".");
        list = decimal;
      } else {
        FancyList fancy = new FancyList(marker);
        fancy.markers.put(item.item, marker);
        list = fancy;
      }
      return BlockStart.of(new FancyListParser(list), item).atColumn(contentColumn);
    }

    /** A bullet list marker, {@code -}, {@code *} or {@code +} before a space, a tab or the line's end, and no thematic break. */
    private static boolean isBullet(CharSequence line, int at) {
      if (at >= line.length()) return false;
      char c = line.charAt(at);
      if (c != '-' && c != '*' && c != '+') return false;
      return (at + 1 >= line.length() || line.charAt(at + 1) == ' ' || line.charAt(at + 1) == '\t') && !isBreak(line, at);
    }

    /** A thematic break: three or more of one of * - _, nothing else but spaces. */
    private static boolean isBreak(CharSequence line, int at) {
      char c = line.charAt(at);
      int count = 0;
      for (int i = at; i < line.length(); i++) {
        char d = line.charAt(i);
        if (d == c) count++;
        else if (d != ' ' && d != '\t') return false;
      }
      return count >= 3;
    }
  }
}

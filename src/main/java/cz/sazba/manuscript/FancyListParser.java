package cz.sazba.manuscript;

import cz.sazba.model.ListNumbering.Delimiter;
import cz.sazba.model.ListNumbering.Style;
import java.util.IdentityHashMap;
import java.util.Map;
import org.commonmark.node.Block;
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
 * pandoc's ordered lists that commonmark does not read ({@code fancy_lists}, {@code startnum},
 * {@code example_lists}): markers {@code a)}, {@code (iv)}, {@code A.}, {@code #.},
 * {@code (@label)} and the like, read by {@link ListMarker}. Such a list is a {@link FancyList}
 * (an {@link OrderedList}, so the converter and the paragraph rules treat it as commonmark's own),
 * its items ordinary {@link ListItem}s continued as commonmark continues them. A marker that does
 * not continue the open list (another style or delimiter) starts a new list, as in pandoc; so does
 * one in another style after a commonmark list. {@code #.} or {@code #)} continues a commonmark
 * list of the same delimiter, and {@code 1.} a list begun with {@code #.}. A list interrupts a
 * paragraph only inside a list item (a sublist), as pandoc lets it.
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
      // Not commonmark's "." or ")": its own list parser must never add an item to this list.
      setMarkerDelimiter(first.style() + "-" + first.delimiter());
    }
  }

  private final FancyList block;
  private boolean hadBlankLine;
  private int linesAfterBlank;

  private FancyListParser(FancyList block) {
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
      char c = line.charAt(at);
      if (c == '-' || c == '*' || c == '+') {
        return (at + 1 >= line.length() || line.charAt(at + 1) == ' ' || line.charAt(at + 1) == '\t') && !isBreak(line, at);
      }
      return ListMarker.first(line, at) != null;
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

    private static boolean startsFence(ParserState state) {
      if (state.getIndent() >= 4) return false;
      CharSequence line = state.getLine().getContent();
      int at = state.getNextNonSpaceIndex();
      return at + 3 <= line.length() && (line.subSequence(at, at + 3).toString().equals("```")
          || line.subSequence(at, at + 3).toString().equals("~~~"));
    }

    /** A fenced div's closing fence, inside a div: pandoc ends the item there. */
    private boolean closesDiv(ParserState state) {
      if (state.getIndent() >= 4) return false;
      CharSequence line = state.getLine().getContent();
      int at = state.getNextNonSpaceIndex();
      if (!(at + 3 <= line.length() && line.subSequence(at, at + 3).toString().equals(":::"))) return false;
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
      ListMarker marker = null;
      boolean continues = false;
      if (matched instanceof FancyListParser p) {
        marker = ListMarker.continuing(line, at, p.block.first.style(), p.block.first.delimiter());
        continues = marker != null;
      } else if (open instanceof OrderedList commonmark && !(open instanceof FancyList)) {
        // #. or #) goes on with commonmark's list of 1. or 1).
        Delimiter d = commonmark.getMarkerDelimiter() != null && commonmark.getMarkerDelimiter().equals(")")
            ? Delimiter.ONE_PAREN : Delimiter.PERIOD;
        ListMarker m = ListMarker.continuing(line, at, Style.DECIMAL, d);
        if (m != null && m.style() == Style.DEFAULT) {
          marker = m;
          continues = true;
        }
      }
      if (marker == null) {
        marker = ListMarker.first(line, at);
        // commonmark reads 1. and 1) itself.
        if (marker == null || marker.isCommonmark()) return BlockStart.none();
      }
      int column = state.getColumn() + state.getIndent();
      int contentColumn = column + (marker.end() - at);
      int afterMarker = contentColumn;
      boolean hasContent = false;
      for (int i = marker.end(); i < line.length(); i++) {
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
      if (inParagraph && (!hasContent || !(open.getParent() instanceof ListItem))) return BlockStart.none();
      // pandoc: the marker and the spaces after it, one when five or more follow (the text is
      // then an indented code block), none at the end of the line; trailing spaces count too.
      if (contentColumn - afterMarker > 4) contentColumn = afterMarker + 1;
      // The item's later blocks: indented as far as its first line's text, or, in an example
      // list, four columns (pandoc's four_space_rule, which its example lists always follow),
      // however wide the marker is: (@label) text, then its next paragraph indented four.
      int contentIndent = marker.style() == Style.EXAMPLE ? 4 : contentColumn - state.getColumn();
      ItemParser item = new ItemParser(state.getIndent(), contentIndent);
      if (continues) {
        if (matched instanceof FancyListParser p) p.block.markers.put(item.item, marker);
        return BlockStart.of(item).atColumn(contentColumn);
      }
      FancyList list = new FancyList(marker);
      list.markers.put(item.item, marker);
      return BlockStart.of(new FancyListParser(list), item).atColumn(contentColumn);
    }
  }
}

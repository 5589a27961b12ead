package cz.sazba.manuscript;

import cz.sazba.source.Diagnostics;
import cz.sazba.source.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * pandoc block syntax that commonmark reads as an ordinary paragraph: checked on the paragraph's
 * source before it is converted, so that none of it is printed as raw markup.
 *
 * <ul>
 *   <li>a line block ({@code | line}, pandoc's {@code line_blocks}) is read as pandoc's
 *       {@code LineBlock} renders: one paragraph, a line break between lines, the spaces that
 *       begin a line kept as no-break spaces ({@link #lineBlock});
 *   <li>a LaTeX environment ({@code \begin{...}}, pandoc's {@code raw_tex}): {@code tex-unsupported};
 *   <li>a line that pandoc would not let start a list or a quote inside a paragraph
 *       (commonmark does): {@code block-interrupts-paragraph}, a warning, since Sazba reads what
 *       commonmark reads;
 *   <li>a heading, a thematic break, a quote or a fenced div on the line right after a list
 *       item's text, which ends the list for commonmark (and Sazba) but is text of the item for
 *       pandoc: {@code block-after-list-item}, a warning.
 * </ul>
 */
final class PandocBlocks {
  private PandocBlocks() {}

  /** What the paragraph is, read from its first source line; {@code READ} when it is an ordinary one. */
  enum Kind { READ, LINE_BLOCK, REFUSED }

  static Kind check(Paragraph p, SourceMap map, Diagnostics diagnostics) {
    Span span = map.span(p);
    // Only the first line matters: not the whole paragraph copied out of the file.
    String file = map.file().text();
    int nl = file.indexOf('\n', span.start());
    String first = file.substring(span.start(), nl < 0 || nl > span.end() ? span.end() : nl);
    Span firstSpan = map.file().span(span.start(), span.start() + first.length());
    if (first.startsWith("| ") || first.equals("|")) return Kind.LINE_BLOCK;
    if (first.stripLeading().startsWith("\\begin{")) {
      diagnostics.error("tex-unsupported", firstSpan, "a LaTeX environment (\\begin{...}) cannot be set in the books",
          "write it in Markdown (a table, a list, a quote); pandoc passes raw TeX only to LaTeX output");
      return Kind.REFUSED;
    }
    return Kind.READ;
  }

  private static final Pattern LEFTOVER_LINK = Pattern.compile("\\]\\((?:[^()\\s]*)[ \\t]+[\"'(]|^\\[[^\\]]+\\]: ");

  /**
   * Link syntax left as text in a paragraph: commonmark reads no link (or reference definition)
   * whose title holds its own quotes ({@code "a "b" c"}), where pandoc does. (A definition it
   * could not read leaves its references as text too; those are reported at the definition.)
   */
  static void leftoverLinks(java.util.List<cz.sazba.model.Inline> content, Diagnostics diagnostics) {
    for (cz.sazba.model.Inline i : content) {
      // Both kinds of leftover hold a "]": most text has none and is not matched at all.
      if (i instanceof cz.sazba.model.Text t && t.text().indexOf(']') >= 0 && LEFTOVER_LINK.matcher(t.text()).find()) {
        diagnostics.error("link-unread", t.span(),
            "this looks like a link (or a link's definition) that Sazba could not read, so it would be printed as it is",
            "a link's title is not shown in the books: remove it, or write the quotes inside it as \\\"");
      }
    }
  }

  private static final Pattern TEX_COMMAND = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*(\\\\[A-Za-z]+)");

  /**
   * A TeX command in a text node's source ({@code \cite[22-23]{smith.1899}}, {@code \LaTeX}):
   * pandoc's {@code raw_tex} keeps it for LaTeX output only, so the books would print it.
   * {@code raw} is the node's source, null when unknown.
   */
  static void rawTex(String raw, Span span, Diagnostics diagnostics) {
    if (raw == null || raw.indexOf('\\') < 0) return;
    Matcher m = TEX_COMMAND.matcher(raw);
    while (m.find()) {
      Span at = span.end() - span.start() == raw.length() ? span.sub(m.start(1), m.end(1)) : span;
      diagnostics.error("tex-unsupported", at, "the TeX command " + m.group(1) + " cannot be set in the books",
          "write what it means in Markdown (a citation is [@key, p. 4]); pandoc passes raw TeX only to LaTeX output");
    }
  }

  /** commonmark lets a list or quote begin on the line after a paragraph's; pandoc needs a blank line. */
  static void interruption(Node block, SourceMap map, Diagnostics diagnostics) {
    Node previous = block.getPrevious();
    // In a list item pandoc too lets a sublist follow the item's first line.
    if (!(previous instanceof Paragraph) || block.getParent() instanceof org.commonmark.node.ListItem) return;
    Span before = map.span(previous);
    Span span = map.span(block);
    String file = map.file().text();
    String between = file.substring(Math.min(before.end(), span.start()), span.start());
    if (between.chars().filter(c -> c == '\n').count() > 1) return;
    diagnostics.warning("block-interrupts-paragraph", map.file().span(span.start(), Math.min(span.end(), span.start() + 1)),
        "this line starts a " + (block instanceof org.commonmark.node.BlockQuote ? "quote" : "list")
            + " in the middle of a paragraph; pandoc would read it as the paragraph's text",
        "put a blank line before it to make it a block for both, or escape its first character (\\> or \\*) to keep"
            + " it in the paragraph");
  }

  /**
   * commonmark ends a list at a heading, a thematic break, a quote or a fenced div on the line
   * right after an item's text; pandoc reads that line as more of the item's text (a lazy line:
   * {@code - item} then {@code # Heading} is the item "item # Heading"), or, for {@code ---}
   * under it, a heading inside the item. Sazba reads the block, as commonmark does, and says so.
   */
  static void afterListItem(Node block, SourceMap map, Diagnostics diagnostics) {
    boolean kind = block instanceof org.commonmark.node.Heading || block instanceof org.commonmark.node.ThematicBreak
        || block instanceof org.commonmark.node.BlockQuote || block instanceof PandocNodes.FencedDiv;
    if (!kind || !(block.getPrevious() instanceof org.commonmark.node.ListBlock list)) return;
    // The text the line would continue: the last item's last paragraph, in its last sublist if any.
    Node last = list.getLastChild();
    while (last != null && !(last instanceof Paragraph)) {
      Node inner = last.getLastChild();
      if (!(last instanceof org.commonmark.node.ListBlock || last instanceof org.commonmark.node.ListItem)) return;
      last = inner;
    }
    if (last == null) return;
    Span before = map.span(last);
    Span span = map.span(block);
    String file = map.file().text();
    if (before.end() > span.start()) return;
    String between = file.substring(before.end(), span.start());
    if (between.chars().filter(c -> c == '\n').count() > 1) return;
    diagnostics.warning("block-after-list-item", map.file().span(span.start(), Math.min(span.end(), span.start() + 1)),
        "this line ends the list above it here; pandoc would read it as more text of the list's last item",
        "put a blank line before it to make it a block after the list for both");
  }

  /**
   * The paragraph's tree rewritten as a line block: each line's {@code | } taken away, the line
   * ends made line breaks, a line's leading spaces made no-break spaces; a line beginning with a
   * space continues the one before it, as in pandoc.
   */
  static void lineBlock(Paragraph p) {
    boolean lineStart = true;
    for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof SoftLineBreak soft) {
        Node next = soft.getNext();
        if (next instanceof Text t && (t.getLiteral().startsWith("| ") || t.getLiteral().equals("|"))) {
          HardLineBreak hard = new HardLineBreak();
          hard.setSourceSpans(soft.getSourceSpans());
          soft.insertAfter(hard);
          soft.unlink();
          n = hard;
          lineStart = true;
        }
        continue;
      }
      if (lineStart && n instanceof Text t) {
        String s = t.getLiteral();
        s = s.startsWith("| ") ? s.substring(2) : s.equals("|") ? "" : s;
        int k = 0;
        while (k < s.length() && s.charAt(k) == ' ') k++;
        t.setLiteral("\u00A0".repeat(k) + s.substring(k));
      }
      lineStart = false;
    }
  }
}

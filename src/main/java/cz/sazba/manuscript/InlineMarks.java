package cz.sazba.manuscript;

import org.commonmark.node.Node;
import org.commonmark.node.Nodes;
import org.commonmark.node.SourceSpans;
import org.commonmark.node.Text;
import org.commonmark.parser.delimiter.DelimiterProcessor;
import org.commonmark.parser.delimiter.DelimiterRun;

/**
 * pandoc's {@code strikeout} ({@code ~~text~~}), {@code subscript} ({@code ~text~}) and
 * {@code superscript} ({@code ^text^}) as commonmark delimiter processors. commonmark stages two
 * processors for one character by run length, so {@code ~~} and {@code ~} share the tilde. As in
 * pandoc, a sub- or superscript holds no unescaped space (then the marks stay text).
 */
final class InlineMarks {
  private InlineMarks() {}

  static DelimiterProcessor strikeout() {
    return new Processor('~', 2, false) {
      @Override Node node() { return new PandocNodes.Strikeout(); }
    };
  }

  static DelimiterProcessor subscript() {
    return new Processor('~', 1, true) {
      @Override Node node() { return new PandocNodes.Subscript(); }
    };
  }

  static DelimiterProcessor superscript() {
    return new Processor('^', 1, true) {
      @Override Node node() { return new PandocNodes.Superscript(); }
    };
  }

  private abstract static class Processor implements DelimiterProcessor {
    private final char c;
    private final int length;
    private final boolean noSpaces;

    Processor(char c, int length, boolean noSpaces) {
      this.c = c;
      this.length = length;
      this.noSpaces = noSpaces;
    }

    abstract Node node();

    @Override public char getOpeningCharacter() { return c; }
    @Override public char getClosingCharacter() { return c; }
    @Override public int getMinLength() { return length; }

    @Override
    public int process(DelimiterRun openingRun, DelimiterRun closingRun) {
      if (openingRun.length() < length || closingRun.length() < length) return 0;
      Text opener = openingRun.getOpener();
      Text closer = closingRun.getCloser();
      if (noSpaces) {
        for (Node n : Nodes.between(opener, closer)) {
          if (!(n instanceof Text t) || t.getLiteral().contains(" ") || t.getLiteral().isEmpty()) return 0;
        }
        if (opener.getNext() == closer) return 0;
      }
      Node wrapper = node();
      SourceSpans spans = new SourceSpans();
      spans.addAllFrom(openingRun.getOpeners(length));
      for (Node n : Nodes.between(opener, closer)) {
        wrapper.appendChild(n);
        spans.addAll(n.getSourceSpans());
      }
      spans.addAllFrom(closingRun.getClosers(length));
      wrapper.setSourceSpans(spans.getSourceSpans());
      opener.insertAfter(wrapper);
      return length;
    }
  }
}

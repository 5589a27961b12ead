package cz.sazba.manuscript;

import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Pandoc's two bracket extensions, hooked in where commonmark decides what a closing {@code ]}
 * means: {@code [text]{attributes}} becomes a {@link PandocNodes.BracketedSpan} around the
 * already parsed text, and {@code [@key ...]} a {@link PandocNodes.Citation}. Runs before the
 * core processor, so {@code [text](url)} and reference links are left to it.
 *
 * <p>Only the shape is decided here; the attributes and citation items are checked by {@link
 * ChapterConverter}, which has the diagnostics and the file positions.
 */
final class BracketProcessor implements LinkProcessor {
  @Override
  public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
    if (info.marker() != null || info.destination() != null || info.label() != null) {
      return LinkResult.none();
    }
    if (scanner.peek() == '{') {
      Position start = scanner.position();
      if (scanner.find('}') >= 0) {
        scanner.next();
        Position end = scanner.position();
        return LinkResult.wrapTextIn(new PandocNodes.BracketedSpan(scanner.getSource(start, end)), end);
      }
      return LinkResult.none();
    }
    // [^label] that the footnotes extension did not take: a note without a definition.
    String text = info.text();
    if (text.length() > 1 && text.charAt(0) == '^' && text.chars().noneMatch(Character::isWhitespace)) {
      return LinkResult.replaceWith(new PandocNodes.UndefinedNote(text.substring(1)), scanner.position());
    }
    if (CitationSyntax.looksLikeCitation(info.text())) {
      return LinkResult.replaceWith(new PandocNodes.Citation(), scanner.position());
    }
    return LinkResult.none();
  }
}

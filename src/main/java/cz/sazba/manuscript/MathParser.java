package cz.sazba.manuscript;

import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * pandoc's {@code tex_math_dollars}: {@code $$...$$} (display) and {@code $...$} (inline), where
 * an inline opening {@code $} has a non-space right after it and the closing one a non-space
 * right before it and no digit after it ({@code $5 and $6} stays text). Sazba does not set math
 * yet; the node exists so the reader can refuse it at its place rather than print TeX source.
 */
final class MathParser implements InlineContentParser {
  @Override
  public ParsedInline tryParse(InlineParserState state) {
    Scanner s = state.scanner();
    Position start = s.position();
    s.next(); // the '$'
    boolean display = s.next('$');
    if (display) {
      while (s.hasNext()) {
        if (s.peek() == '\\') {
          s.next();
          if (s.hasNext()) s.next();
          continue;
        }
        if (s.next("$$")) return ParsedInline.of(new PandocNodes.Math(true), s.position());
        s.next();
      }
      s.setPosition(start);
      return ParsedInline.none();
    }
    int first = s.peek();
    if (first == Scanner.END || first == ' ' || first == '\t' || first == '\n') return ParsedInline.none();
    int previous = 0;
    while (s.hasNext()) {
      char c = s.peek();
      if (c == '\\') {
        s.next();
        if (s.hasNext()) s.next();
        previous = 'x';
        continue;
      }
      if (c == '$' && previous != ' ' && previous != '\t' && previous != '\n') {
        s.next();
        int after = s.peek();
        if (after >= '0' && after <= '9') return none(s, start);
        return ParsedInline.of(new PandocNodes.Math(false), s.position());
      }
      previous = c;
      s.next();
    }
    return none(s, start);
  }

  private static ParsedInline none(Scanner s, Position start) {
    s.setPosition(start);
    return ParsedInline.none();
  }

  static final class Factory implements InlineContentParserFactory {
    @Override public Set<Character> getTriggerCharacters() { return Set.of('$'); }
    @Override public InlineContentParser create() { return new MathParser(); }
  }
}

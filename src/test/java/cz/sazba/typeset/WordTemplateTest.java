package cz.sazba.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cz.sazba.font.FontSet;
import cz.sazba.model.Code;
import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Inline;
import cz.sazba.model.Lang;
import cz.sazba.model.Link;
import cz.sazba.model.SmallCaps;
import cz.sazba.model.Text;
import cz.sazba.source.Span;
import cz.sazba.typeset.ParagraphBuilder.Alignment;
import cz.sazba.typeset.ParagraphItems.BoxContent;
import cz.sazba.typeset.ParagraphItems.BreakContent;
import cz.sazba.typeset.ParagraphItems.Slice;
import cz.sazba.typeset.page.Sp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word taken from a kept template is the word the builder makes afresh: the same items and the
 * same contents, for the run, place and index of the occurrence where it is used.
 */
class WordTemplateTest {
  private static final Span G = Span.GENERATED;
  private static final Lang CS = new Lang("cs");
  private static final FontSet FONTS = FontSet.bundled();

  /** Words that come again in other runs, places, languages, styles and sizes. */
  private static final List<Inline> FIRST = List.of(
      new Text("Relations between the states went on; relations officially ", G),
      new Foreign(CS, List.of(new Text("relations česko-slovenské vztahy a vztahy ", G)), G),
      new Emph(List.of(new Text("relations officially", G)), G),
      new Text(" then https://example.org/relations and ", G),
      new Code("relations", G),
      new Text(" and ", G),
      new SmallCaps(List.of(new Text("Relations", G)), G),
      new Text(" at last relations, ", G),
      new Link("officially", List.of(new Text("officially", G)), G),
      new Text(" at the end.", G));

  private static final List<Inline> SECOND = List.of(
      new Foreign(CS, List.of(new Text("vztahy a relations ", G)), G),
      new Text("officially relations, then relations česko-slovenské ", G),
      new Code("officially", G),
      new Emph(List.of(new Text(" officially relations", G)), G));

  private static ParagraphItems build(List<Inline> content, ShapedWords shapes, long size) {
    return build(content, shapes, size, true);
  }

  private static ParagraphItems build(List<Inline> content, ShapedWords shapes, long size, boolean hyphenate) {
    return ParagraphBuilder.build(ParagraphBuilderTest.runs(content), FONTS, shapes, size, Sp.of(12), hyphenate,
        Alignment.JUSTIFIED, 8);
  }

  /** Every item and what it draws, the run named by its text and place. */
  private static List<String> described(ParagraphItems p) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < p.items().size(); i++) {
      Object c = p.contents().get(i);
      String content;
      if (c instanceof BoxContent b) {
        StringBuilder s = new StringBuilder("box word " + b.word() + " at " + b.modelOffset());
        for (Slice sl : b.slices()) {
          s.append(" [").append(run(sl.piece().run())).append(" +").append(sl.piece().runOffset()).append(' ')
              .append(sl.piece().face().postScriptName()).append(' ').append(sl.piece().size()).append(' ')
              .append(sl.from()).append('-').append(sl.to()).append(' ')
              .append(Arrays.toString(Arrays.copyOfRange(sl.piece().shaped().glyphIds(), sl.from(), sl.to())))
              .append(']');
        }
        content = s.toString();
      } else if (c instanceof BreakContent b) {
        content = "break " + b.kind() + " " + b.face().postScriptName() + " " + b.size() + " " + run(b.run()) + " word "
            + b.word() + " kern " + b.droppedKern() + " repeat " + b.repeatsHyphen();
      } else {
        content = String.valueOf(c);
      }
      out.add(p.items().get(i) + " " + content);
    }
    for (ParagraphItems.Word w : p.words()) out.add(w.toString());
    return out;
  }

  private static String run(Run r) {
    return "'" + r.text() + "'@" + r.modelOffset() + " " + r.lang().tag() + " " + r.look();
  }

  @Test
  void keptWordsAreTheWordsMadeAfresh() {
    ShapedWords kept = ShapedWords.create();
    for (long size : new long[] {Sp.of(10.5), Sp.of(9)}) {
      List<String> first = described(build(FIRST, ShapedWords.none(), size));
      List<String> second = described(build(SECOND, ShapedWords.none(), size));
      // The first time the words are made and kept, then taken from the templates: the same.
      assertEquals(first, described(build(FIRST, kept, size)));
      assertEquals(first, described(build(FIRST, kept, size)));
      assertEquals(second, described(build(SECOND, kept, size)));
      // Not hyphenated (a heading, say): other items for the same words.
      assertEquals(described(build(SECOND, ShapedWords.none(), size, false)), described(build(SECOND, kept, size, false)));
    }
  }

  /** Without the language in the key, a Czech word would be broken as an English one, or back. */
  @Test
  void theSameWordInAnotherLanguageBreaksByItsOwnPatterns() {
    List<Inline> en = List.of(new Text("relations", G));
    List<Inline> cs = List.of(new Foreign(CS, List.of(new Text("relations", G)), G));
    ShapedWords kept = ShapedWords.create();
    ParagraphItems english = build(en, kept, Sp.of(10.5));
    ParagraphItems czech = build(cs, kept, Sp.of(10.5));
    // re-la-tions, re-lati-ons
    assertNotEquals(english.items(), czech.items());
    assertEquals(described(build(cs, ShapedWords.none(), Sp.of(10.5))), described(czech));
  }
}

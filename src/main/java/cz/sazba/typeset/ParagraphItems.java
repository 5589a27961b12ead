package cz.sazba.typeset;

import cz.sazba.font.FontFace;
import cz.sazba.font.ShapedText;
import cz.sazba.typeset.linebreak.Box;
import cz.sazba.typeset.linebreak.Glue;
import cz.sazba.typeset.linebreak.Item;
import cz.sazba.typeset.linebreak.Penalty;
import java.util.List;

/**
 * A paragraph as Knuth–Plass items, with what each item stands for kept alongside, so the line
 * setter can draw the lines the breaker chose.
 *
 * @param items the box/glue/penalty list, ending with the finishing glue and a forced break
 * @param contents one entry per item: what to draw for it (null for items that draw nothing)
 * @param words every word of the paragraph, for the text of hyphenated words
 */
record ParagraphItems(List<Item> items, List<Object> contents, List<Word> words) {

  /** Glyphs of one shaped piece of a word, from glyph {@code from} to {@code to} (exclusive). */
  record Slice(Piece piece, int from, int to) {}

  /** A part of a word in one run (one face, one structure node), shaped once. */
  record Piece(Run run, FontFace face, long size, ShapedText shaped, int runOffset) {
    long advance(int glyph) {
      return cz.sazba.typeset.page.Sp.scale(shaped.advances()[glyph], size, face.unitsPerEm());
    }
  }

  /** A word: its text and language, for ActualText and the Czech repeated hyphen. */
  record Word(String text, cz.sazba.model.Lang lang) {}

  /** What a box draws: slices of one word; {@code modelOffset} is its first char in the block. */
  record BoxContent(List<Slice> slices, int word, int modelOffset) {}

  /** A space between words, drawn as a space glyph so that copied text has its spaces. */
  record SpaceContent(FontFace face, long size, Run run) {}

  /**
   * A break inside a word.
   *
   * @param droppedKern the kerning the box before included towards the next glyph, which a
   *     break takes away
   * @param repeatsHyphen whether the written hyphen is repeated at the start of the next line
   *     (Czech); the items after the penalty then hold its width for the breaker
   */
  record BreakContent(BreakKind kind, FontFace face, long size, Run run, int word, long droppedKern,
      boolean repeatsHyphen) {}

  /** The first-line indent. */
  record IndentContent() {}

  /**
   * An inline picture: a box of its width; drawn with its bottom {@code depth} below the baseline.
   */
  record PictureContent(Run run, long width, long height, long depth) {}

  static Box box(long width, long left, long right) {
    return new Box(width, left, right);
  }

  static Glue glue(long width, long stretch, long shrink) {
    return new Glue(width, stretch, shrink);
  }

  static Penalty penalty(long width, int cost, boolean flagged, long protrusion) {
    return new Penalty(width, cost, flagged, protrusion);
  }
}

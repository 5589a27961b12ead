package cz.sazba.typeset;

import cz.sazba.font.FontFace;
import cz.sazba.font.FontSet;
import cz.sazba.model.Lang;
import cz.sazba.typeset.ParagraphItems.BoxContent;
import cz.sazba.typeset.ParagraphItems.BreakContent;
import cz.sazba.typeset.ParagraphItems.Piece;
import cz.sazba.typeset.ParagraphItems.Slice;
import cz.sazba.typeset.linebreak.Item;
import java.util.List;
import java.util.Objects;

/**
 * A word's boxes and breaks as {@link ParagraphBuilder} made them the first time, kept to be used
 * again wherever the same word comes in the same run style: a book sets the same few thousand
 * words over and over, and finding a word's break points, flattening its glyphs and measuring its
 * boxes cost more than shaping it. Only a word of one run set in one face is kept. What differs
 * from one occurrence to the next (the run, where the word starts in it, its index among the
 * paragraph's words) is put in when the template is used; the items themselves are immutable
 * values and are shared.
 */
final class WordTemplate {
  /**
   * Everything the builder reads when it makes a word of one run, apart from the run's place:
   * the text, the font set and face, the run's look, language and URL flag, and the builder's
   * size, hyphenation and letter-spacing.
   */
  static final class Key {
    private final String text;
    private final FontSet fonts;
    private final FontFace face;
    private final Run.Look look;
    private final Lang lang;
    private final boolean url;
    private final boolean hyphenate;
    private final long size;
    private final int tracking;
    private final int hash;

    Key(String text, FontSet fonts, FontFace face, Run.Look look, Lang lang, boolean url, boolean hyphenate,
        long size, int tracking) {
      this.text = text;
      this.fonts = fonts;
      this.face = face;
      this.look = look;
      this.lang = lang;
      this.url = url;
      this.hyphenate = hyphenate;
      this.size = size;
      this.tracking = tracking;
      int h = text.hashCode();
      h = 31 * h + System.identityHashCode(fonts);
      h = 31 * h + Objects.hashCode(face);
      h = 31 * h + look.hashCode();
      h = 31 * h + Objects.hashCode(lang);
      h = 31 * h + Long.hashCode(size);
      h = 31 * h + tracking;
      this.hash = 4 * h + (url ? 2 : 0) + (hyphenate ? 1 : 0);
    }

    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof Key k && hash == k.hash && url == k.url && hyphenate == k.hyphenate && size == k.size
              && tracking == k.tracking && fonts == k.fonts && text.equals(k.text) && Objects.equals(face, k.face)
              && look.equals(k.look) && Objects.equals(lang, k.lang);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /**
   * What is kept of an item's content, the run's place put in again when used; null, as in
   * {@link ParagraphItems#contents()}, for an item that draws nothing (the glue around a
   * repeated hyphen).
   */
  private sealed interface Part permits BoxPart, BreakPart {}

  /** A box's glyphs {@code from}–{@code to} of the word's piece, starting {@code offset} chars into it. */
  private record BoxPart(int from, int to, int offset) implements Part {}

  private record BreakPart(BreakContent content) implements Part {}

  private final FontFace face;
  private final long pieceSize;
  private final cz.sazba.font.ShapedText shaped;
  private final Item[] items;
  private final Part[] parts;

  private WordTemplate(Piece piece, Item[] items, Part[] parts) {
    this.face = piece.face();
    this.pieceSize = piece.size();
    this.shaped = piece.shaped();
    this.items = items;
    this.parts = parts;
  }

  /**
   * The template of the word the builder has just added as {@code items} with {@code contents},
   * made of the one {@code run} starting {@code runOffset} chars into it; null when the word
   * does not fit one (it draws from more than one piece, as a word partly set in a fallback
   * face does, or holds content of another kind).
   */
  static WordTemplate of(List<Item> items, List<Object> contents, Run run, int runOffset) {
    Piece piece = null;
    Item[] kept = new Item[items.size()];
    Part[] parts = new Part[items.size()];
    for (int i = 0; i < kept.length; i++) {
      kept[i] = items.get(i);
      Object content = contents.get(i);
      if (content == null) {
        parts[i] = null;
      } else if (content instanceof BoxContent box) {
        if (box.slices().size() != 1) return null;
        Slice slice = box.slices().get(0);
        if (piece == null) piece = slice.piece();
        if (slice.piece() != piece || piece.run() != run || piece.runOffset() != runOffset) return null;
        parts[i] = new BoxPart(slice.from(), slice.to(), box.modelOffset() - run.modelOffset() - runOffset);
      } else if (content instanceof BreakContent brk) {
        if (brk.run() != run) return null;
        parts[i] = new BreakPart(brk);
      } else {
        return null;
      }
    }
    return piece == null ? null : new WordTemplate(piece, kept, parts);
  }

  /** Adds the word's items, as the builder made them, for {@code run} at {@code runOffset}. */
  void addTo(List<Item> itemsOut, List<Object> contentsOut, Run run, int runOffset, int wordIndex) {
    Piece piece = new Piece(run, face, pieceSize, shaped, runOffset);
    int start = run.modelOffset() + runOffset;
    for (int i = 0; i < items.length; i++) {
      Part part = parts[i];
      Object content;
      if (part instanceof BoxPart box) {
        content = new BoxContent(List.of(new Slice(piece, box.from(), box.to())), wordIndex, start + box.offset());
      } else if (part instanceof BreakPart brk) {
        BreakContent b = brk.content();
        content = new BreakContent(b.kind(), b.face(), b.size(), run, wordIndex, b.droppedKern(), b.repeatsHyphen());
      } else {
        content = null;
      }
      itemsOut.add(items[i]);
      contentsOut.add(content);
    }
  }
}

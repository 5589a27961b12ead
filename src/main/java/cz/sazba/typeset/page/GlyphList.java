package cz.sazba.typeset.page;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A run's glyphs, packed: glyph ids, positions and texts in arrays a line's runs share, read as an
 * immutable list of {@link Glyph}s (made when read). A book holds millions of glyphs, each placed
 * two or three times on its way to the page (set on a line, the line placed in its frame, the frame
 * on the page); as objects of their own they were most of the heap and of the collector's work, and
 * every move copied them. Here a glyph costs 16 bytes, and a move ({@link #moved}) copies nothing:
 * it keeps the arrays and adds the offset when a position is read.
 */
public final class GlyphList extends AbstractList<Glyph> implements RandomAccess {
  private static final GlyphList EMPTY = new GlyphList(new int[0], new long[0], new String[0], 0, 0, 0);

  private final int[] ids;
  private final long[] xs;
  private final String[] texts;
  private final int from;
  private final int to;
  /** Added to every stored position. */
  private final long dx;

  private GlyphList(int[] ids, long[] xs, String[] texts, int from, int to, long dx) {
    this.ids = ids;
    this.xs = xs;
    this.texts = texts;
    this.from = from;
    this.to = to;
    this.dx = dx;
  }

  /** {@code glyphs} packed (itself when it is already a {@code GlyphList}). */
  public static GlyphList of(List<Glyph> glyphs) {
    if (glyphs instanceof GlyphList g) return g;
    int n = glyphs.size();
    if (n == 0) return EMPTY;
    Builder b = new Builder(n);
    for (Glyph g : glyphs) b.add(g.glyphId(), g.x(), g.text());
    return b.slice(0, n);
  }

  @Override public Glyph get(int index) {
    return new Glyph(glyphId(index), x(index), text(index));
  }

  @Override public int size() {
    return to - from;
  }

  public int glyphId(int index) {
    return ids[at(index)];
  }

  /** The glyph's distance from the left edge, as {@link Glyph#x}. */
  public long x(int index) {
    return xs[at(index)] + dx;
  }

  public String text(int index) {
    return texts[at(index)];
  }

  /** The same glyphs {@code dx} further right; nothing is copied. */
  public GlyphList moved(long dx) {
    return dx == 0 ? this : new GlyphList(ids, xs, texts, from, to, this.dx + dx);
  }

  private int at(int index) {
    if (index < 0 || index >= to - from) throw new IndexOutOfBoundsException(index);
    return from + index;
  }

  @Override public boolean equals(Object o) {
    if (o == this) return true;
    if (!(o instanceof GlyphList g)) return super.equals(o);
    int n = size();
    if (g.size() != n) return false;
    for (int i = 0; i < n; i++) {
      if (ids[from + i] != g.ids[g.from + i] || xs[from + i] + dx != g.xs[g.from + i] + g.dx
          || !texts[from + i].equals(g.texts[g.from + i])) {
        return false;
      }
    }
    return true;
  }

  @Override public int hashCode() {
    // List.hashCode over the Glyph records: equal to any other list of the same glyphs.
    int h = 1;
    for (int i = 0; i < size(); i++) h = 31 * h + get(i).hashCode();
    return h;
  }

  /**
   * Glyphs appended one at a time, handed out as slices of one set of arrays: the runs of a line
   * share them. A slice never changes: the builder only appends after it.
   */
  public static final class Builder {
    private int[] ids;
    private long[] xs;
    private String[] texts;
    private int size;

    public Builder(int capacity) {
      int c = Math.max(capacity, 4);
      ids = new int[c];
      xs = new long[c];
      texts = new String[c];
    }

    public void add(int glyphId, long x, String text) {
      if (size == ids.length) {
        int c = size * 2;
        ids = Arrays.copyOf(ids, c);
        xs = Arrays.copyOf(xs, c);
        texts = Arrays.copyOf(texts, c);
      }
      ids[size] = glyphId;
      xs[size] = x;
      texts[size] = java.util.Objects.requireNonNull(text);
      size++;
    }

    public int size() {
      return size;
    }

    public int glyphId(int index) {
      return ids[index];
    }

    public long x(int index) {
      return xs[index];
    }

    public String text(int index) {
      return texts[index];
    }

    /**
     * Drops the spare room at the arrays' end (more than two places): call once every glyph is
     * added, before the slices are taken, so that they hold hardly more than they show.
     */
    public void trim() {
      // A few spare places (a builder sized for the most a line can hold) are not worth a copy.
      if (ids.length - size <= 2) return;
      ids = Arrays.copyOf(ids, size);
      xs = Arrays.copyOf(xs, size);
      texts = Arrays.copyOf(texts, size);
    }

    /** Glyphs {@code from} (inclusive) to {@code to} (exclusive) as a list sharing the arrays. */
    public GlyphList slice(int from, int to) {
      if (from < 0 || to > size || from > to) throw new IndexOutOfBoundsException(from + ".." + to);
      if (from == to) return EMPTY;
      return new GlyphList(ids, xs, texts, from, to, 0);
    }
  }
}

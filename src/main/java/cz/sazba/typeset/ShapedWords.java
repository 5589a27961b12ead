package cz.sazba.typeset;

import cz.sazba.font.FontFace;
import cz.sazba.font.ShapedText;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Shaped words, kept: a book sets the same few thousand words over and over, and shaping (cmap,
 * ligatures, pair kerning) is the same each time for the same face, text and features. Safe to
 * share between threads and between books that share their font faces; injected, so a batch of
 * books can keep one. Shaping is a pure function, so the cache never changes a result.
 */
public final class ShapedWords {
  /** Past this many entries the cache starts over rather than grow without bound. */
  private static final int LIMIT = 200_000;

  private final ConcurrentMap<Key, ShapedText> shaped;
  /** Words as the paragraph builder made them (see {@link WordTemplate}); null with no cache. */
  private final ConcurrentMap<WordTemplate.Key, WordTemplate> words;

  private ShapedWords(ConcurrentMap<Key, ShapedText> shaped, ConcurrentMap<WordTemplate.Key, WordTemplate> words) {
    this.shaped = shaped;
    this.words = words;
  }

  /** equals and hashCode written out as a record's would be: see {@code Lang.equals}. */
  private record Key(FontFace face, String text, boolean ligatures) {
    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof Key k && ligatures == k.ligatures && java.util.Objects.equals(text, k.text)
              && java.util.Objects.equals(face, k.face);
    }

    @Override
    public int hashCode() {
      return (31 * java.util.Objects.hashCode(face) + java.util.Objects.hashCode(text)) * 31
          + Boolean.hashCode(ligatures);
    }
  }

  /** An empty cache. */
  public static ShapedWords create() {
    return new ShapedWords(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
  }

  /** No cache: every word is shaped again (for measuring what the cache saves). */
  public static ShapedWords none() {
    return new ShapedWords(null, null);
  }

  /** Whether words made by the paragraph builder are kept ({@link #template}, {@link #keep}). */
  boolean keepsWords() {
    return words != null;
  }

  /** The word the builder made for {@code key} before, or null. */
  WordTemplate template(WordTemplate.Key key) {
    return words.get(key);
  }

  /**
   * Keeps a word the builder made. Which of two threads' equal templates is kept does not
   * matter: each is what the builder makes for the key.
   */
  void keep(WordTemplate.Key key, WordTemplate template) {
    if (words.size() > LIMIT) words.clear();
    words.putIfAbsent(key, template);
  }

  /** {@code face.shape(text, ligatures)}, shaped once per face, text and features. */
  public ShapedText shape(FontFace face, String text, boolean ligatures) {
    if (shaped == null) return face.shape(text, ligatures);
    if (shaped.size() > LIMIT) shaped.clear();
    return shaped.computeIfAbsent(new Key(face, text, ligatures), k -> k.face().shape(k.text(), k.ligatures()));
  }
}

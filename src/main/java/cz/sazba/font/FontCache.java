package cz.sazba.font;

import cz.sazba.model.Layout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Parsed font faces, kept: a TrueType file is parsed once (cmap, advances, GPOS, GSUB) however
 * many books of a batch use it, and the same {@link FontFace} then serves the typesetter, the
 * PDF writer and the EPUB. Keyed by the file's name and exact bytes, so an edited file is parsed
 * again and a cached face is never a stale one. Safe to share between threads; a face is
 * immutable, so the cache never changes a result.
 */
public final class FontCache {
  /** Past this many faces the cache starts over rather than grow without bound. */
  private static final int LIMIT = 64;

  private static final FontCache SHARED = new FontCache();

  private final ConcurrentMap<Key, FontFace> faces = new ConcurrentHashMap<>();

  private FontCache() {}

  /** One cache for the whole JVM: what {@link FontSet#load} uses. */
  public static FontCache shared() {
    return SHARED;
  }

  /** An empty cache of its own (for tests and for measuring what the cache saves). */
  public static FontCache create() {
    return new FontCache();
  }

  /** The file's name and content; the name matters because it is shown in messages and used as the EPUB's file name. */
  private static final class Key {
    final String name;
    final byte[] data;
    final int hash;

    Key(String name, byte[] data) {
      this.name = name;
      this.data = data;
      this.hash = name.hashCode() * 31 + Arrays.hashCode(data);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.hash == hash && k.name.equals(name) && Arrays.equals(k.data, data);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /**
   * The face of these bytes, parsed the first time they are seen.
   *
   * @throws IOException when they are not a usable TrueType font (never cached, so the message
   *     comes again next time)
   */
  public FontFace face(String name, byte[] data) throws IOException {
    Key key = new Key(name, data);
    FontFace known = faces.get(key);
    if (known != null) return known;
    FontFace parsed = FontReader.read(name, data.clone());
    if (faces.size() >= LIMIT) faces.clear();
    FontFace raced = faces.putIfAbsent(key, parsed);
    return raced != null ? raced : parsed;
  }

  /**
   * The faces a layout asks for, as {@link FontSet#load} describes, each parsed at most once
   * through this cache.
   */
  public FontSet load(Layout.FontFiles files, Path baseDir) throws IOException {
    Map<FontStyle, FontFace> chosen = new EnumMap<>(FontStyle.class);
    for (FontStyle style : FontStyle.values()) {
      Optional<Path> file = FontSet.fileFor(files, style);
      if (file.isEmpty()) {
        chosen.put(style, FontSet.bundled().face(style));
        continue;
      }
      Path path = baseDir.resolve(file.get());
      byte[] data;
      try {
        data = Files.readAllBytes(path);
      } catch (IOException | UncheckedIOException e) {
        throw new IOException(path + ": cannot read font file (" + e.getMessage() + ")", e);
      }
      chosen.put(style, face(path.toString(), data));
    }
    return FontSet.of(chosen.get(FontStyle.REGULAR), chosen.get(FontStyle.ITALIC), chosen.get(FontStyle.BOLD),
        chosen.get(FontStyle.BOLD_ITALIC));
  }
}

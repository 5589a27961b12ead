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
import java.util.concurrent.CompletableFuture;
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

  /** Each face once: a second caller of the same bytes waits for the first one's parse. */
  private final ConcurrentMap<Key, CompletableFuture<FontFace>> faces = new ConcurrentHashMap<>();

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
    CompletableFuture<FontFace> mine = new CompletableFuture<>();
    CompletableFuture<FontFace> known = faces.putIfAbsent(key, mine);
    if (known != null) return await(known);
    if (faces.size() > LIMIT) {
      faces.clear();
      faces.put(key, mine);
    }
    try {
      FontFace parsed = FontReader.read(name, data.clone());
      mine.complete(parsed);
      return parsed;
    } catch (IOException | RuntimeException | Error e) {
      faces.remove(key, mine);
      mine.completeExceptionally(e);
      throw e;
    }
  }

  private static FontFace await(CompletableFuture<FontFace> parse) throws IOException {
    try {
      return parse.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  /**
   * Starts parsing, on {@code executor}, the files a layout names (each on its own task), so
   * that {@link #load} later finds them parsed or being parsed; what cannot be read is left for
   * {@code load} to report.
   */
  public void prefetch(Layout.FontFiles files, Path baseDir, java.util.concurrent.Executor executor) {
    for (FontStyle style : FontStyle.values()) {
      Optional<Path> file = FontSet.fileFor(files, style);
      if (file.isEmpty()) continue;
      Path path = baseDir.resolve(file.get());
      executor.execute(() -> {
        try {
          face(path.toString(), Files.readAllBytes(path));
        } catch (IOException | RuntimeException e) {
          // load() reads the file again and reports it.
        }
      });
    }
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

package cz.sazba.font;

import cz.sazba.model.Layout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The four faces a book is set in, one per {@link FontStyle}, and the ordered fallback faces a
 * character none of them has is taken from (the bundled DejaVu Sans unless a set says otherwise).
 * Immutable.
 *
 * <p>A fallback face has one style, regular, and serves all four: no slanted or emboldened glyph
 * is made up for it. Code is set in {@link #mono()}, falling back to the regular text face and
 * then to the fallback faces ({@link #codeChain()}). {@link #segments} splits a text into runs by the face that has each
 * character; kerning and ligatures then apply within a run only.
 */
public final class FontSet {
  /** Where the pom puts the bundled fonts inside the jar. */
  private static final String BUNDLED_DIR = "cz/sazba/fonts/";

  /** File name of the bundled fallback face. */
  public static final String FALLBACK_FILE = "DejaVuSans.ttf";

  private final Map<FontStyle, FontFace> faces;
  /** null: the bundled fallback, parsed only when a character first needs it. */
  private final List<FontFace> fallbacks;

  private FontSet(Map<FontStyle, FontFace> faces, List<FontFace> fallbacks) {
    this.faces = faces;
    this.fallbacks = fallbacks;
  }

  /** A set from four loaded faces, falling back to the bundled DejaVu Sans. */
  public static FontSet of(FontFace regular, FontFace italic, FontFace bold, FontFace boldItalic) {
    Map<FontStyle, FontFace> faces = new EnumMap<>(FontStyle.class);
    faces.put(FontStyle.REGULAR, Objects.requireNonNull(regular, "regular"));
    faces.put(FontStyle.ITALIC, Objects.requireNonNull(italic, "italic"));
    faces.put(FontStyle.BOLD, Objects.requireNonNull(bold, "bold"));
    faces.put(FontStyle.BOLD_ITALIC, Objects.requireNonNull(boldItalic, "boldItalic"));
    return new FontSet(faces, null);
  }

  /** This set with another ordered list of fallback faces (empty for none). */
  public FontSet withFallbacks(List<FontFace> fallbacks) {
    return new FontSet(faces, List.copyOf(fallbacks));
  }

  /** The fallback faces, in the order they are tried (reading the bundled one if not yet read). */
  public List<FontFace> fallbacks() {
    return fallbacks != null ? fallbacks : List.of(bundledFallback());
  }

  /** Whether the set has a fallback face at all (without reading the bundled one). */
  public boolean hasFallbacks() {
    return fallbacks == null || !fallbacks.isEmpty();
  }

  /** The bundled fallback face, DejaVu Sans, parsed once per JVM. */
  public static FontFace bundledFallback() {
    return FallbackHolder.FALLBACK;
  }

  private static final class FallbackHolder {
    static final FontFace FALLBACK = loadFallback();

    private static FontFace loadFallback() {
      try {
        return loadResource(FALLBACK_FILE);
      } catch (IOException e) {
        throw new UncheckedIOException("bundled fallback font unusable: " + e.getMessage(), e);
      }
    }
  }

  /**
   * A part of a text set in one face.
   *
   * @param start index of its first char in the text
   * @param end index after its last char
   */
  public record Segment(int start, int end, FontFace face) {}

  /**
   * {@code text} split into runs by the face that has each character: {@code primary} where it
   * has the glyph, else the first fallback that has it; a combining mark stays with the face of
   * the letter before it when that face has the mark too (so mark and letter are one cluster). A
   * character no face has stays in {@code primary} (the glyph check has refused it before
   * anything is set). A text the primary face covers is one segment, so a book that needs no
   * fallback is set exactly as without one. Code ({@code primary} is {@link #mono()}) falls back
   * to the regular text face, then to the fallbacks ({@link #codeChain()}): a character the
   * monospace face lacks is set in its own width there, and the code's columns go on after it.
   */
  public List<Segment> segments(FontFace primary, String text) {
    int length = text.length();
    boolean code = isMono(primary);
    if (!code && !hasFallbacks()) return List.of(new Segment(0, length, primary));
    // First the common case, touching no other face: all covered.
    int i = 0;
    while (i < length) {
      int cp = text.codePointAt(i);
      if (!primary.hasGlyph(cp) && fallbackFor(primary, code, cp) != primary) break;
      i += Character.charCount(cp);
    }
    if (i >= length) return List.of(new Segment(0, length, primary));
    List<Segment> out = new ArrayList<>();
    int start = 0;
    FontFace current = null;
    for (i = 0; i < length; ) {
      int cp = text.codePointAt(i);
      FontFace face;
      if (current != null && FontSubset.isMark(cp) && current.hasGlyph(cp)) {
        face = current;
      } else if (primary.hasGlyph(cp)) {
        face = primary;
      } else {
        face = fallbackFor(primary, code, cp);
      }
      if (current != null && face != current) {
        out.add(new Segment(start, i, current));
        start = i;
      }
      current = face;
      i += Character.charCount(cp);
    }
    out.add(new Segment(start, length, current));
    return List.copyOf(out);
  }

  /**
   * The first face after {@code primary} that has the code point, else {@code primary}: for code
   * the regular text face, then the fallbacks; for text the fallbacks.
   */
  private FontFace fallbackFor(FontFace primary, boolean code, int codePoint) {
    if (code && faces.get(FontStyle.REGULAR).hasGlyph(codePoint)) return faces.get(FontStyle.REGULAR);
    if (!hasFallbacks()) return primary;
    for (FontFace f : fallbacks()) if (f.hasGlyph(codePoint)) return f;
    return primary;
  }

  /** The face a character of a text set in {@code primary} is set in: see {@link #segments}. */
  public FontFace faceFor(FontFace primary, int codePoint) {
    return primary.hasGlyph(codePoint) ? primary : fallbackFor(primary, isMono(primary), codePoint);
  }

  /** Whether {@code face} is the monospace face, without reading it when no code asked for it yet. */
  private static boolean isMono(FontFace face) {
    return monoRead && face == MonoHolder.MONO;
  }

  /** The faces tried for a character of a style: that style's face, then the fallbacks. */
  public List<FontFace> chain(FontStyle style) {
    List<FontFace> out = new ArrayList<>();
    out.add(faces.get(style));
    out.addAll(fallbacks());
    return List.copyOf(out);
  }

  /** The faces tried for a character of code: the monospace face, the regular text face, then the fallbacks. */
  public List<FontFace> codeChain() {
    List<FontFace> out = new ArrayList<>();
    out.add(mono());
    out.addAll(chain(FontStyle.REGULAR));
    return List.copyOf(out);
  }

  /** Whether a face of {@link #codeChain()} has a glyph for the code point. */
  public boolean coversCode(int codePoint) {
    return mono().hasGlyph(codePoint) || covers(FontStyle.REGULAR, codePoint);
  }

  /**
   * Loads the faces a layout asks for, through {@link FontCache#shared()}: an empty entry means the bundled Gentium Book Plus face of
   * that style (shared with {@link #bundled()}), otherwise the file, relative paths resolved
   * against {@code baseDir} (the manuscript directory).
   *
   * @throws IOException when a file cannot be read or is not a usable TrueType font; the message
   *     names the file
   */
  public static FontSet load(Layout.FontFiles files, Path baseDir) throws IOException {
    // Each file is parsed once per JVM: a batch of books, or the tests, share the faces.
    return FontCache.shared().load(files, baseDir);
  }

  /**
   * The bundled Gentium Book Plus set, parsed once per JVM (four fonts of about 850 KB each take a
   * noticeable moment) and shared by every build and test.
   *
   * @throws UncheckedIOException if the fonts are missing from the classpath, which means a broken
   *     build rather than bad user input
   */
  public static FontSet bundled() {
    return BundledHolder.SET;
  }

  private static final class BundledHolder {
    static final FontSet SET = loadBundled();
  }

  /**
   * The four faces, two of them parsed on another thread: in a cold JVM parsing one takes about
   * 40 ms, and the build waits for them (the result is the same whichever thread parses what).
   */
  private static FontSet loadBundled() {
    java.util.concurrent.CompletableFuture<FontFace[]> bold = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return new FontFace[] {
          loadResource(bundledFileName(FontStyle.BOLD)), loadResource(bundledFileName(FontStyle.BOLD_ITALIC))};
      } catch (IOException e) {
        throw new UncheckedIOException("bundled fonts unusable: " + e.getMessage(), e);
      }
    }, BUNDLED_LOADER);
    FontFace regular;
    FontFace italic;
    try {
      regular = loadResource(bundledFileName(FontStyle.REGULAR));
      italic = loadResource(bundledFileName(FontStyle.ITALIC));
    } catch (IOException e) {
      throw new UncheckedIOException("bundled fonts unusable: " + e.getMessage(), e);
    }
    FontFace[] other;
    try {
      other = bold.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw e;
    }
    return of(regular, italic, other[0], other[1]);
  }

  /**
   * A thread of its own for the two faces parsed beside the others, started once and ended when
   * it has nothing to do (the common pool may have no thread to spare on two cores).
   */
  private static final java.util.concurrent.Executor BUNDLED_LOADER = task -> {
    Thread t = new Thread(task, "sazba-font-loader");
    t.setDaemon(true);
    t.start();
  };

  /** File name of the bundled face of a style, e.g. {@code GentiumBookPlus-BoldItalic.ttf}. */
  public static String bundledFileName(FontStyle style) {
    String suffix;
    if (style == FontStyle.REGULAR) {
      suffix = "Regular";
    } else if (style == FontStyle.ITALIC) {
      suffix = "Italic";
    } else if (style == FontStyle.BOLD) {
      suffix = "Bold";
    } else {
      suffix = "BoldItalic";
    }
    return "GentiumBookPlus-" + suffix + ".ttf";
  }

  private static FontFace loadResource(String fileName) throws IOException {
    String resource = BUNDLED_DIR + fileName;
    try (InputStream in = FontSet.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IOException("missing classpath resource " + resource);
      return FontReader.read(fileName, in.readAllBytes());
    }
  }

  static Optional<Path> fileFor(Layout.FontFiles files, FontStyle style) {
    if (style == FontStyle.REGULAR) return files.regular();
    if (style == FontStyle.ITALIC) return files.italic();
    if (style == FontStyle.BOLD) return files.bold();
    return files.boldItalic();
  }

  /**
   * The monospace face code is set in: the bundled DejaVu Sans Mono (full Latin, Czech included),
   * whatever the text faces are. Parsed once per JVM.
   */
  public FontFace mono() {
    return MonoHolder.MONO;
  }

  /** {@link #mono()} without a set: the same face for every set. */
  public static FontFace bundledMono() {
    return MonoHolder.MONO;
  }

  /** File name of the bundled monospace face. */
  public static final String MONO_FILE = "DejaVuSansMono.ttf";

  /** Whether the monospace face has been read: until then no text can be code ({@link #isMono}). */
  private static volatile boolean monoRead;

  private static final class MonoHolder {
    static final FontFace MONO = loadMono();

    private static FontFace loadMono() {
      try {
        FontFace mono = loadResource(MONO_FILE);
        monoRead = true;
        return mono;
      } catch (IOException e) {
        throw new UncheckedIOException("bundled monospace font unusable: " + e.getMessage(), e);
      }
    }
  }

  public FontFace face(FontStyle style) {
    return faces.get(style);
  }

  /** Whether the face of that style, or else a fallback face, has a glyph for the code point. */
  public boolean covers(FontStyle style, int codePoint) {
    if (faces.get(style).hasGlyph(codePoint)) return true;
    for (FontFace f : fallbacks()) if (f.hasGlyph(codePoint)) return true;
    return false;
  }
}

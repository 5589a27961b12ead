package cz.sazba.font;

import cz.sazba.model.Layout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The four faces a book is set in, one per {@link FontStyle}. Immutable. */
public final class FontSet {
  /** Where the pom puts the bundled fonts inside the jar. */
  private static final String BUNDLED_DIR = "cz/sazba/fonts/";

  private final Map<FontStyle, FontFace> faces;

  private FontSet(Map<FontStyle, FontFace> faces) {
    this.faces = faces;
  }

  /** A set from four loaded faces. */
  public static FontSet of(FontFace regular, FontFace italic, FontFace bold, FontFace boldItalic) {
    Map<FontStyle, FontFace> faces = new EnumMap<>(FontStyle.class);
    faces.put(FontStyle.REGULAR, Objects.requireNonNull(regular, "regular"));
    faces.put(FontStyle.ITALIC, Objects.requireNonNull(italic, "italic"));
    faces.put(FontStyle.BOLD, Objects.requireNonNull(bold, "bold"));
    faces.put(FontStyle.BOLD_ITALIC, Objects.requireNonNull(boldItalic, "boldItalic"));
    return new FontSet(faces);
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

  private static FontSet loadBundled() {
    try {
      return of(
          loadResource(bundledFileName(FontStyle.REGULAR)),
          loadResource(bundledFileName(FontStyle.ITALIC)),
          loadResource(bundledFileName(FontStyle.BOLD)),
          loadResource(bundledFileName(FontStyle.BOLD_ITALIC)));
    } catch (IOException e) {
      throw new UncheckedIOException("bundled fonts unusable: " + e.getMessage(), e);
    }
  }

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

  /** File name of the bundled monospace face. */
  public static final String MONO_FILE = "DejaVuSansMono.ttf";

  private static final class MonoHolder {
    static final FontFace MONO = loadMono();

    private static FontFace loadMono() {
      try {
        return loadResource(MONO_FILE);
      } catch (IOException e) {
        throw new UncheckedIOException("bundled monospace font unusable: " + e.getMessage(), e);
      }
    }
  }

  public FontFace face(FontStyle style) {
    return faces.get(style);
  }

  /** Whether the face of that style has a glyph for the code point. */
  public boolean covers(FontStyle style, int codePoint) {
    return faces.get(style).hasGlyph(codePoint);
  }
}

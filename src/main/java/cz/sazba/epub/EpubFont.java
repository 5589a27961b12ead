package cz.sazba.epub;

import cz.sazba.font.FontCache;
import cz.sazba.font.FontFace;
import cz.sazba.font.FontStyle;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A font file for one of the four styles of the text face, which the EPUB embeds as a subset.
 * Immutable. A class rather than a record only so that the key of its bytes ({@link Content}),
 * which the caches of subsets and of the drawn cover are keyed by, is made once per font.
 */
public final class EpubFont {
  /** The family name of the fonts Sazba ships. */
  public static final String DEFAULT_FAMILY = "Gentium Book Plus";

  private final String family;
  private final FontStyle style;
  private final String fileName;
  private final byte[] data;
  private final Content content;
  /** The parsed face of {@link #data}: given, or parsed through the JVM's {@link FontCache} on first use. */
  private volatile FontFace face;

  /**
   * @param family the CSS family name the style sheet declares for it
   * @param fileName the file name inside the EPUB's {@code fonts/} folder, e.g.
   *     {@code GentiumBookPlus-Regular.ttf}
   * @param data the TrueType file's bytes (copied)
   */
  public EpubFont(String family, FontStyle style, String fileName, byte[] data) {
    this(family, style, fileName, data.clone(), true);
  }

  /** A font of the default family. */
  public EpubFont(FontStyle style, String fileName, byte[] data) {
    this(DEFAULT_FAMILY, style, fileName, data);
  }

  /**
   * A face the caller has parsed already (the book's {@link cz.sazba.font.FontSet}), under its
   * own family name: the drawn cover is set with it (its shaping and outlines) rather than with
   * a second parse of the same bytes.
   */
  public EpubFont(FontFace face, FontStyle style, String fileName) {
    this(face.familyName(), style, fileName, face.data(), true);
    this.face = face;
  }

  /** Takes {@code data} as it is: for bytes nobody else holds. */
  private EpubFont(String family, FontStyle style, String fileName, byte[] data, boolean owned) {
    this.family = Objects.requireNonNull(family, "family");
    this.style = Objects.requireNonNull(style, "style");
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.data = Objects.requireNonNull(data, "data");
    this.content = new Content(data);
    if (!fileName.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.(ttf|otf|woff2?)")) {
      // The name becomes part of a URL and a zip path: keep it to characters that need no escaping.
      throw new IllegalArgumentException("font file name must be plain ASCII ending in .ttf/.otf/.woff: " + fileName);
    }
  }

  /** A font whose freshly made bytes nobody else holds (a subset): not copied. */
  static EpubFont owning(String family, FontStyle style, String fileName, byte[] data) {
    return new EpubFont(family, style, fileName, data, true);
  }

  public String family() {
    return family;
  }

  public FontStyle style() {
    return style;
  }

  public String fileName() {
    return fileName;
  }

  /** The font file's bytes; a fresh copy. */
  public byte[] data() {
    return data.clone();
  }

  /** The bytes themselves, for reading only (no copy of a whole font per use). */
  byte[] bytes() {
    return data;
  }

  /**
   * The parsed face of these bytes: the one given, else parsed once per JVM by the shared
   * {@link FontCache} (keyed by the file name and the bytes).
   */
  FontFace face() {
    FontFace f = face;
    if (f == null) {
      try {
        f = FontCache.shared().face(fileName, data);
      } catch (IOException e) {
        // The typesetter read the same bytes already: a font that fails here is a bug.
        throw new IllegalStateException("cannot read " + fileName + ": " + e.getMessage(), e);
      }
      face = f;
    }
    return f;
  }

  /** The bytes as a cache key: equal for equal bytes. */
  Content content() {
    return content;
  }

  /**
   * A font's bytes as a key, equal to another exactly when the bytes are equal. Its hash reads
   * the length and a few hundred bytes spread over the file, and equality compares the arrays
   * (at once when both keys hold the same array, which is the case for the faces the pipeline
   * keeps per JVM): a SHA-256 of the four text faces, which this replaces, took about a tenth of
   * a cold build's EPUB time, and a key that is exact needs no digest.
   */
  static final class Content {
    private static final int SAMPLES = 256;
    private final byte[] bytes;
    private final int hash;

    Content(byte[] bytes) {
      this.bytes = bytes;
      int h = bytes.length;
      int step = Math.max(1, bytes.length / SAMPLES);
      for (int i = 0; i < bytes.length; i += step) h = 31 * h + bytes[i];
      this.hash = h;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Content c && c.hash == hash && (c.bytes == bytes || Arrays.equals(c.bytes, bytes));
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** The core media type EPUB 3.3 lists for this kind of font file. */
  String mediaType() {
    if (fileName.endsWith(".otf")) return "font/otf";
    if (fileName.endsWith(".woff")) return "font/woff";
    if (fileName.endsWith(".woff2")) return "font/woff2";
    return "font/ttf";
  }

  @Override
  public String toString() {
    return "EpubFont[" + family + ", " + style + ", " + fileName + ", " + data.length + " bytes]";
  }
}

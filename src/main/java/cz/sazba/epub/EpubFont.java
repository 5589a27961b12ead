package cz.sazba.epub;

import cz.sazba.font.FontStyle;
import java.util.Objects;

/**
 * A font file the EPUB embeds unmodified, for one of the four styles of the text face.
 *
 * @param family the CSS family name the style sheet declares for it
 * @param fileName the file name inside the EPUB's {@code fonts/} folder, e.g.
 *     {@code GentiumBookPlus-Regular.ttf}
 * @param data the TrueType file's bytes
 */
public record EpubFont(String family, FontStyle style, String fileName, byte[] data) {
  /** The family name of the fonts Sazba ships. */
  public static final String DEFAULT_FAMILY = "Gentium Book Plus";

  public EpubFont {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(fileName, "fileName");
    if (!fileName.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.(ttf|otf|woff2?)")) {
      // The name becomes part of a URL and a zip path: keep it to characters that need no escaping.
      throw new IllegalArgumentException("font file name must be plain ASCII ending in .ttf/.otf/.woff: " + fileName);
    }
    data = data.clone();
  }

  /** A font of the default family. */
  public EpubFont(FontStyle style, String fileName, byte[] data) {
    this(DEFAULT_FAMILY, style, fileName, data);
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  /** The core media type EPUB 3.3 lists for this kind of font file. */
  String mediaType() {
    if (fileName.endsWith(".otf")) return "font/otf";
    if (fileName.endsWith(".woff")) return "font/woff";
    if (fileName.endsWith(".woff2")) return "font/woff2";
    return "font/ttf";
  }
}

package cz.sazba.manuscript;

import cz.sazba.model.ImageData;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import cz.sazba.source.Span;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * The image files of one manuscript: each path is checked (relative, inside the manuscript, also
 * after following symbolic links), read, recognised by its first bytes and decoded in full once,
 * however often the text uses it; a second use of a bad file is not reported again.
 *
 * <p>PNG (any bit depth, palette, alpha, interlaced) and JPEG (baseline, progressive; grey, RGB,
 * and CMYK or YCCK with their ICC profile, which is converted to sRGB here) are read; every other
 * format is refused with the list of what is.
 */
final class ImageFiles {
  static final String SUPPORTED = "PNG and JPEG";

  private final Path dir;
  /** Path as written (normalised) to the result; empty when it was bad (already reported). */
  private final Map<String, Optional<ImageData>> cache = new HashMap<>();

  private final ImageCredits credits;

  ImageFiles(Path dir) {
    this(dir, ImageCredits.none(dir));
  }

  ImageFiles(Path dir, ImageCredits credits) {
    this.dir = dir;
    this.credits = credits;
  }

  /** An entry of images: in metadata.yaml that no image of the text uses is most likely a typo. */
  void reportUnusedCredits(Diagnostics diagnostics) {
    credits.entries().forEach((path, span) -> {
      if (!cache.containsKey(path)) {
        diagnostics.warning("image-credit-unused", span, "no image of the text is the file " + Quote.of(path),
            "correct the path, or remove the entry");
      }
    });
  }

  /** The path with {@code ./} segments removed and {@code /} separators, or null when it may not be used. */
  static String normalise(String path) {
    String p = path.replace('\\', '/');
    StringBuilder out = new StringBuilder();
    for (String segment : p.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".")) continue;
      if (segment.equals("..")) return null;
      if (out.length() > 0) out.append('/');
      out.append(segment);
    }
    return out.toString();
  }

  /** The image the path names, or empty when it cannot be used (reported at {@code span}). */
  Optional<ImageData> load(String written, Span span, Diagnostics diagnostics) {
    if (written.isEmpty()) {
      diagnostics.error("image-path-missing", span, "this image names no file",
          "write the file's path relative to the manuscript: ![caption](images/map.png)");
      return Optional.empty();
    }
    if (written.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
      boolean url = written.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*");
      diagnostics.error(url ? "image-remote" : "image-path-outside", span,
          "the image " + Quote.of(written) + (url ? " is not a file of the manuscript: images are never downloaded"
              : " is an absolute path"),
          "copy the file into the manuscript directory and give its path relative to it, e.g. images/map.png");
      return Optional.empty();
    }
    String path = written.startsWith("/") ? null : normalise(written);
    if (path == null || path.isEmpty()) {
      diagnostics.error("image-path-outside", span, "the image " + Quote.of(written) + " lies outside the manuscript",
          "copy the file into the manuscript directory and give its path relative to it, without .. or a leading /");
      return Optional.empty();
    }
    return cache.computeIfAbsent(path, p -> read(p, span, diagnostics)
        .map(data -> data.withCredit(credits.creditOf(p, diagnostics))));
  }

  private Optional<ImageData> read(String path, Span span, Diagnostics diagnostics) {
    // The manuscript's one gate for files: inside the folder after every link, ordinary, not too large.
    Optional<Path> real = ManuscriptFiles.check(dir, Path.of(path), path, ManuscriptFiles.Kind.IMAGE, span, diagnostics);
    if (real.isEmpty()) return Optional.empty();
    byte[] bytes;
    try {
      bytes = SourceLoader.readBounded(real.get(), ManuscriptFiles.Kind.IMAGE.maxBytes());
    } catch (IOException | SecurityException e) {
      diagnostics.error("file-unreadable", span, "cannot read the image " + Quote.of(path) + ": " + SourceLoader.describe(e),
          "check that the file is readable");
      return Optional.empty();
    }
    String format = sniff(bytes);
    if (!format.equals("PNG") && !format.equals("JPEG")) {
      diagnostics.error("image-format-unsupported", span,
          "the image " + Quote.of(path) + " is " + (format.isEmpty() ? "not an image format Sazba knows" : "a " + format + " file")
              + "; Sazba reads " + SUPPORTED + " only",
          format.equals("SVG") ? "export the drawing as a PNG at print resolution (300 dpi at its printed size)"
              : "convert it to PNG (drawings, screenshots) or JPEG (photographs)");
      return Optional.empty();
    }
    try {
      return Optional.of(format.equals("PNG") ? png(bytes) : jpeg(bytes));
    } catch (IOException | RuntimeException | LinkageError e) {
      diagnostics.error("image-corrupt", span, "the " + format + " image " + Quote.of(path) + " cannot be decoded: "
              + (e.getMessage() == null ? e.getClass().getSimpleName() : Quote.sentence(e.getMessage())),
          "open it in an image editor and save it again");
      return Optional.empty();
    }
  }

  /** The format's name from the file's first bytes, or empty when it is none Sazba knows. */
  static String sniff(byte[] b) {
    if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return "PNG";
    if (starts(b, 0xFF, 0xD8, 0xFF)) return "JPEG";
    if (starts(b, 'G', 'I', 'F', '8')) return "GIF";
    if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') return "WebP";
    if (starts(b, 'I', 'I', 0x2A, 0) || starts(b, 'M', 'M', 0, 0x2A)) return "TIFF";
    if (starts(b, 'B', 'M')) return "BMP";
    if (starts(b, '%', 'P', 'D', 'F')) return "PDF";
    if (starts(b, 0, 0, 0, 0x0C, 'j', 'P')) return "JPEG 2000";
    if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') return "HEIF/AVIF";
    String head = new String(b, 0, Math.min(b.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
    if (head.contains("<svg") || head.stripLeading().startsWith("<?xml")) return "SVG";
    return "";
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xff) != prefix[i]) return false;
    return true;
  }

  private static ImageData png(byte[] bytes) throws IOException {
    BufferedImage image = decode(bytes, "png");
    return new ImageData(ImageData.Format.PNG, bytes, image.getWidth(), image.getHeight(), pngDpi(bytes));
  }

  private static ImageData jpeg(byte[] bytes) throws IOException {
    BufferedImage image = decode(bytes, "jpeg");
    int components = jpegComponents(bytes);
    byte[] embedded = bytes;
    if (components == 4) {
      // CMYK or YCCK: the reader has converted it to RGB through the file's ICC profile (or a
      // standard CMYK profile when it has none); embed that as an sRGB JPEG.
      embedded = encodeJpeg(toRgb(image));
    } else if (components != 1 && components != 3) {
      throw new IOException("a JPEG with " + components + " colour components");
    }
    return new ImageData(ImageData.Format.JPEG, embedded, image.getWidth(), image.getHeight(), jfifDpi(bytes));
  }

  /** The whole image decoded, so a truncated or damaged file is found now, not by an output. */
  private static BufferedImage decode(byte[] bytes, String format) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
      if (!readers.hasNext()) throw new IOException("no " + format + " reader");
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        BufferedImage image = reader.read(0);
        if (image == null) throw new IOException("no picture in the file");
        return image;
      } finally {
        reader.dispose();
      }
    }
  }

  private static BufferedImage toRgb(BufferedImage image) {
    BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = rgb.createGraphics();
    try {
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return rgb;
  }

  static byte[] encodeJpeg(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.95f);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** Dots per inch from the pHYs chunk (pixels per metre), or 0 when there is none or it has no unit. */
  static double pngDpi(byte[] b) {
    int i = 8;
    while (i + 8 <= b.length) {
      long length = u32(b, i);
      String type = new String(b, i + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      if (type.equals("pHYs") && length >= 9 && i + 8 + 9 <= b.length) {
        long x = u32(b, i + 8);
        int unit = b[i + 16] & 0xff;
        return unit == 1 && x > 0 ? Math.round(x * 0.0254 * 100) / 100.0 : 0;
      }
      if (type.equals("IDAT") || type.equals("IEND")) return 0;
      i += 12 + (int) Math.min(length, Integer.MAX_VALUE - 12);
      if (i < 0) return 0;
    }
    return 0;
  }

  /** Dots per inch from the JFIF APP0 density, or 0 when it gives only an aspect ratio. */
  static double jfifDpi(byte[] b) {
    int i = 2;
    while (i + 4 <= b.length && (b[i] & 0xff) == 0xFF) {
      int marker = b[i + 1] & 0xff;
      int length = ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
      if (marker == 0xE0 && length >= 14 && i + 4 + 12 <= b.length && b[i + 4] == 'J' && b[i + 5] == 'F') {
        int unit = b[i + 11] & 0xff;
        int x = ((b[i + 12] & 0xff) << 8) | (b[i + 13] & 0xff);
        if (x == 0) return 0;
        return unit == 1 ? x : unit == 2 ? x * 2.54 : 0;
      }
      if (marker == 0xDA) return 0;
      i += 2 + length;
    }
    return 0;
  }

  /** The number of colour components the frame header gives, or 0 when none is found. */
  static int jpegComponents(byte[] b) {
    int i = 2;
    while (i + 4 <= b.length && (b[i] & 0xff) == 0xFF) {
      int marker = b[i + 1] & 0xff;
      if (marker == 0xFF) {
        i++;
        continue;
      }
      int length = ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
      boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (frame && i + 9 < b.length) return b[i + 9] & 0xff;
      if (marker == 0xDA) return 0;
      i += 2 + length;
    }
    return 0;
  }

  private static long u32(byte[] b, int i) {
    return ((long) (b[i] & 0xff) << 24) | ((b[i + 1] & 0xff) << 16) | ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
  }
}

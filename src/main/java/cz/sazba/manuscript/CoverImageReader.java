package cz.sazba.manuscript;

import cz.sazba.model.CoverImage;
import cz.sazba.source.Quote;
import cz.sazba.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * pandoc's {@code cover-image}: a path relative to the manuscript folder, to a JPEG or PNG file
 * inside it (told by its bytes, not its name). Every refusal is a diagnostic at the key's value.
 */
final class CoverImageReader {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private final YamlValues yaml;
  private final Path manuscriptDir;

  CoverImageReader(YamlValues yaml, Path manuscriptDir) {
    this.yaml = yaml;
    this.manuscriptDir = manuscriptDir;
  }

  Optional<CoverImage> read(Node node) {
    Optional<String> name = yaml.string(node, "cover-image");
    if (name.isEmpty()) return Optional.empty();
    Span at = yaml.span(node);
    Path path;
    try {
      path = Path.of(name.get());
    } catch (InvalidPathException e) {
      yaml.diagnostics().error("file-missing", at, "cover image " + Quote.of(name.get()) + " is not a valid path",
          "give the path of a JPEG or PNG file relative to the manuscript folder");
      return Optional.empty();
    }
    Optional<Path> real = ManuscriptFiles.check(manuscriptDir, path, name.get(), ManuscriptFiles.Kind.IMAGE, at,
        yaml.diagnostics());
    if (real.isEmpty()) return Optional.empty();
    byte[] data;
    try {
      data = Files.readAllBytes(real.get());
    } catch (IOException e) {
      yaml.diagnostics().error("file-unreadable", at, "cannot read " + Quote.of(name.get()) + ": "
          + SourceLoader.describe(e), "check that the file is readable");
      return Optional.empty();
    }
    Optional<CoverImage> png = png(data);
    if (png.isPresent()) return png;
    Optional<CoverImage> jpeg = jpeg(data);
    if (jpeg.isPresent()) return jpeg;
    yaml.diagnostics().error("cover-image-format", at, "cover image " + Quote.of(name.get())
            + " is neither a JPEG nor a PNG picture",
        "convert the cover to JPEG or PNG; EPUB reading systems need one of these (or SVG, which Sazba does not take)");
    return Optional.empty();
  }

  /** A PNG: the signature, then IHDR with the width and height. */
  static Optional<CoverImage> png(byte[] d) {
    if (d.length < 33) return Optional.empty();
    for (int i = 0; i < PNG.length; i++) if (d[i] != PNG[i]) return Optional.empty();
    if (d[12] != 'I' || d[13] != 'H' || d[14] != 'D' || d[15] != 'R') return Optional.empty();
    int width = u32(d, 16);
    int height = u32(d, 20);
    if (width <= 0 || height <= 0) return Optional.empty();
    return Optional.of(new CoverImage("cover.png", "image/png", width, height, d));
  }

  /** A JPEG: SOI, then markers up to the first start-of-frame, which has the size. */
  static Optional<CoverImage> jpeg(byte[] d) {
    if (d.length < 4 || (d[0] & 0xFF) != 0xFF || (d[1] & 0xFF) != 0xD8) return Optional.empty();
    int at = 2;
    while (at + 4 <= d.length) {
      if ((d[at] & 0xFF) != 0xFF) return Optional.empty();
      int marker = d[at + 1] & 0xFF;
      if (marker == 0xFF) {
        at++;
        continue;
      }
      int length = ((d[at + 2] & 0xFF) << 8) | (d[at + 3] & 0xFF);
      boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (startOfFrame) {
        if (at + 9 > d.length) return Optional.empty();
        int height = ((d[at + 5] & 0xFF) << 8) | (d[at + 6] & 0xFF);
        int width = ((d[at + 7] & 0xFF) << 8) | (d[at + 8] & 0xFF);
        if (width == 0 || height == 0) return Optional.empty();
        return Optional.of(new CoverImage("cover.jpg", "image/jpeg", width, height, d));
      }
      if (length < 2) return Optional.empty();
      at += 2 + length;
    }
    return Optional.empty();
  }

  private static int u32(byte[] d, int at) {
    return ((d[at] & 0xFF) << 24) | ((d[at + 1] & 0xFF) << 16) | ((d[at + 2] & 0xFF) << 8) | (d[at + 3] & 0xFF);
  }
}

package cz.sazba.manuscript;

import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import cz.sazba.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

/**
 * The one gate every file of a manuscript passes before it is read: chapter files, {@code
 * metadata.yaml}, fonts, images and bibliography files. A file must be inside the manuscript
 * folder once every symbolic link is followed (a build service must never publish its own files),
 * must be an ordinary file (not a folder, a device or a FIFO, which would block the read) and not
 * larger than the limit of its kind. Each refusal is a diagnostic at the place that named the file;
 * nothing is opened before the checks pass.
 */
public final class ManuscriptFiles {
  /** What a file is for, with the size it may have. */
  public enum Kind {
    /** Chapter files, metadata.yaml, bibliography files: 32 MiB, several times the longest novel. */
    TEXT(32L << 20),
    /** Font files: 64 MiB (the largest CJK fonts are about 20). */
    FONT(64L << 20),
    /** Images: 64 MiB. */
    IMAGE(64L << 20);

    final long maxBytes;

    Kind(long maxBytes) {
      this.maxBytes = maxBytes;
    }

    public long maxBytes() {
      return maxBytes;
    }
  }

  private ManuscriptFiles() {}

  /**
   * {@code file} (a path inside or relative to {@code dir}) when it may be read, else empty with
   * an error at {@code at}; {@code shown} is the name as the user wrote it.
   */
  public static Optional<Path> check(Path dir, Path file, String shown, Kind kind, Span at, Diagnostics diagnostics) {
    // The quoted name only for a message: every file of the book passes here.
    Path realDir;
    try {
      realDir = dir.toRealPath();
    } catch (IOException | SecurityException e) {
      diagnostics.error("manuscript-unreadable", at, "cannot resolve the manuscript folder: " + SourceLoader.describe(e),
          "check the folder's permissions");
      return Optional.empty();
    }
    Path absolute = dir.resolve(file);
    if (!absolute.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize())) {
      diagnostics.error("file-outside", at, Quote.of(shown) + " is outside the manuscript folder",
          "put the file into the manuscript folder and give its path relative to it");
      return Optional.empty();
    }
    boolean link = Files.isSymbolicLink(absolute);
    if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
      diagnostics.error("file-missing", at, Quote.of(shown) + " does not exist", "give the path relative to the manuscript folder");
      return Optional.empty();
    }
    Path real;
    try {
      real = absolute.toRealPath();
    } catch (IOException | SecurityException e) {
      if (link) {
        diagnostics.error("file-link-dangling", at, Quote.of(shown) + " is a symbolic link to a file that does not exist",
            "remove the link, or make it point at a file inside the manuscript folder");
      } else {
        diagnostics.error("file-unreadable", at, "cannot read " + Quote.of(shown) + ": " + SourceLoader.describe(e),
            "check that the file exists and is readable");
      }
      return Optional.empty();
    }
    if (!real.startsWith(realDir)) {
      diagnostics.error("file-outside", at, Quote.of(shown) + " is a symbolic link that leads out of the manuscript folder",
          "copy the file into the manuscript folder instead of linking to it");
      return Optional.empty();
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(real, BasicFileAttributes.class);
    } catch (IOException | SecurityException e) {
      diagnostics.error("file-unreadable", at, "cannot read " + Quote.of(shown) + ": " + SourceLoader.describe(e),
          "check that the file exists and is readable");
      return Optional.empty();
    }
    if (!attributes.isRegularFile()) {
      String what = attributes.isDirectory() ? "a folder" : attributes.isOther() ? "a device, FIFO or socket" : "not a file";
      diagnostics.error("file-not-regular", at, Quote.of(shown) + " is " + what + ", not an ordinary file",
          "give the path of an ordinary file");
      return Optional.empty();
    }
    if (attributes.size() > kind.maxBytes) {
      diagnostics.error("file-too-large", at,
          String.format(Locale.ROOT, "%s has %,d bytes; a %s file may have at most %d MiB", Quote.of(shown), attributes.size(),
              kind.name().toLowerCase(Locale.ROOT), kind.maxBytes >> 20),
          kind == Kind.TEXT ? "split the text into several chapter files" : "use a smaller file");
      return Optional.empty();
    }
    return Optional.of(real);
  }
}

package cz.sazba.pipeline;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes files so that each appears whole or not at all: every file goes to a temporary file in
 * the target directory first, and only when all of them are written are they renamed into place.
 * If anything fails, the temporary files are removed and the old outputs, if any, stay untouched.
 */
public final class AtomicOutput {
  private AtomicOutput() {}

  public static void write(Path dir, Map<String, byte[]> files) throws IOException {
    Files.createDirectories(dir);
    Map<Path, Path> staged = new LinkedHashMap<>();
    try {
      for (var e : files.entrySet()) {
        Path tmp = Files.createTempFile(dir, "." + e.getKey() + ".", ".part");
        readableByAll(tmp);
        staged.put(tmp, dir.resolve(e.getKey()));
        Files.write(tmp, e.getValue());
      }
      for (var e : staged.entrySet()) move(e.getKey(), e.getValue());
    } finally {
      for (Path tmp : staged.keySet()) Files.deleteIfExists(tmp);
    }
  }

  /** Temporary files are private (0600); a finished book is an ordinary file (0644). */
  private static void readableByAll(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

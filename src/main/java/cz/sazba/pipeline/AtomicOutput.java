package cz.sazba.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Replaces a set of output files (the PDF and the EPUB) together, so that a build killed at any
 * moment, even with SIGKILL, leaves the old set or the new one, never one of each, and no
 * temporary file that the next build does not remove.
 *
 * <p>How: every file is written to a temporary {@code .sazba-<name>.<n>.part} in the target
 * folder and forced to disk. Then a journal {@code .sazba-journal} naming each temporary file and
 * its target is written and renamed into place: that rename is the moment the new set is
 * committed. Then the temporary files are renamed over the targets and the journal is deleted. A
 * build that finds a journal (the last one was killed between commit and the last rename) first
 * finishes those renames; temporary files without a journal are from a build killed before its
 * commit and are deleted. The only moment the folder holds one new and one old file is between
 * two renames, microseconds; a kill exactly then is repaired by the next run before it does
 * anything else.
 *
 * <p>Two builds into one folder at once take turns: each holds an OS lock on {@code
 * .sazba.lock} while it recovers and replaces the set (the lock dies with the process, so a
 * killed build never blocks the next). Both end with whole files; the set of the one that
 * finished last stays.
 */
public final class AtomicOutput {
  static final String LOCK = ".sazba.lock";
  static final String JOURNAL = ".sazba-journal";
  private static final String PREFIX = ".sazba-";
  private static final String PART = ".part";

  private AtomicOutput() {}

  /**
   * The OS lock is per process: two builds in one JVM (a batch, tests) must also take turns, or
   * the second {@code lock()} would throw. One in-process lock per folder, then the OS lock.
   */
  private static final java.util.concurrent.ConcurrentHashMap<Path, java.util.concurrent.locks.ReentrantLock> IN_PROCESS =
      new java.util.concurrent.ConcurrentHashMap<>();

  public static void write(Path dir, Map<String, byte[]> files) throws IOException {
    createDirectory(dir);
    var local = IN_PROCESS.computeIfAbsent(dir.toRealPath(), k -> new java.util.concurrent.locks.ReentrantLock());
    local.lock();
    try (FileChannel lockFile = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockFile.lock()) {
      recoverLocked(dir);
      Map<Path, Path> staged = new LinkedHashMap<>();
      boolean committed = false;
      try {
        for (var e : files.entrySet()) {
          Path tmp = Files.createTempFile(dir, PREFIX + e.getKey() + ".", PART);
          readableByAll(tmp);
          staged.put(tmp, dir.resolve(e.getKey()));
          writeSynced(tmp, e.getValue());
        }
        commit(dir, staged);
        committed = true;
        finish(dir, staged);
      } finally {
        if (!committed) for (Path tmp : staged.keySet()) Files.deleteIfExists(tmp);
      }
    } finally {
      local.unlock();
    }
  }

  /**
   * Finishes or rolls back what a killed build left in {@code dir}; a no-op in a folder with no
   * such traces or that does not exist. {@link #write} does this first, under the lock.
   */
  public static void recover(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return;
    var local = IN_PROCESS.computeIfAbsent(dir.toRealPath(), k -> new java.util.concurrent.locks.ReentrantLock());
    local.lock();
    try (FileChannel lockFile = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockFile.lock()) {
      recoverLocked(dir);
    } finally {
      local.unlock();
    }
  }

  private static void recoverLocked(Path dir) throws IOException {
    Path journal = dir.resolve(JOURNAL);
    if (Files.exists(journal, LinkOption.NOFOLLOW_LINKS)) {
      Map<Path, Path> staged = new LinkedHashMap<>();
      for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (tab <= 0) continue;
        Path tmp = dir.resolve(line.substring(0, tab));
        Path target = dir.resolve(line.substring(tab + 1));
        // Only names inside this folder: a journal is ours, but a folder can be shared.
        if (!tmp.getParent().equals(dir) || !target.getParent().equals(dir)) continue;
        staged.put(tmp, target);
      }
      finish(dir, staged);
    }
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, PREFIX + "*")) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (name.endsWith(PART) || name.equals(JOURNAL + ".tmp")) leftovers.add(p);
      }
    }
    for (Path p : leftovers) Files.deleteIfExists(p);
  }

  /** The journal, forced to disk, then renamed into place: from here on the new set wins. */
  private static void commit(Path dir, Map<Path, Path> staged) throws IOException {
    StringBuilder s = new StringBuilder();
    for (var e : staged.entrySet()) {
      s.append(e.getKey().getFileName()).append('\t').append(e.getValue().getFileName()).append('\n');
    }
    Path tmp = dir.resolve(JOURNAL + ".tmp");
    writeSynced(tmp, s.toString().getBytes(StandardCharsets.UTF_8));
    move(tmp, dir.resolve(JOURNAL));
    syncDirectory(dir);
  }

  /** Renames every staged file that is still there over its target, then drops the journal. */
  private static void finish(Path dir, Map<Path, Path> staged) throws IOException {
    for (var e : staged.entrySet()) {
      if (Files.exists(e.getKey(), LinkOption.NOFOLLOW_LINKS)) move(e.getKey(), e.getValue());
    }
    syncDirectory(dir);
    Files.deleteIfExists(dir.resolve(JOURNAL));
  }

  private static void createDirectory(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) throw new NotDirectoryException(dir.toString());
    Files.createDirectories(dir);
  }

  private static void writeSynced(Path file, byte[] data) throws IOException {
    try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer b = ByteBuffer.wrap(data);
      while (b.hasRemaining()) c.write(b);
      c.force(true);
    }
  }

  /** So that the renames themselves survive a power cut; not every system can open a folder. */
  private static void syncDirectory(Path dir) {
    try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
      c.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Best effort: a kill (what this class promises about) needs no sync at all.
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

  /**
   * Why writing to {@code dir} failed, in words: permission, no space, a read-only file system,
   * not a folder. For the exit-3 message.
   */
  public static String why(Path dir, IOException e) {
    String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
    String lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
    String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : dir.toString();
    String where = cz.sazba.source.Quote.of(file);
    if (e instanceof AccessDeniedException || lower.contains("permission denied")) {
      return "permission denied for " + where + "; choose another folder with -o or change its permissions";
    }
    if (lower.contains("no space")) return "no space left on the device of " + where + "; free some space";
    if (lower.contains("read-only")) return where + " is on a read-only file system; choose another folder with -o";
    if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException || lower.contains("not a directory")) {
      return where + " is not a folder (a file of that name, or one on its path, is in the way)";
    }
    if (e instanceof NoSuchFileException) return where + " does not exist";
    if (lower.contains("disk quota")) return "the disk quota is exceeded for " + where;
    return reason == null ? e.getClass().getSimpleName() : cz.sazba.source.Quote.sentence(reason);
  }
}

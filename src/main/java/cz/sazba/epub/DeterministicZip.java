package cz.sazba.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The OCF container: a zip whose bytes depend only on its entries. The {@code mimetype} entry
 * comes first, stored, without extra field, as OCF requires; every entry carries the same local
 * date-time (the book's {@code modified} in UTC) and no extended timestamps.
 */
final class DeterministicZip implements AutoCloseable {
  /** DOS dates cover 1980–2107; outside, Java would add an extended timestamp in the JVM's zone. */
  // Not 00:00:00: Java's ZipEntry takes that exact DOS value for "before 1980" and adds an
  // extended timestamp in the JVM's zone (a mimetype extra field EPUBCheck rejects, PKG_005).
  private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
  private static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
  private final ZipOutputStream zip = new ZipOutputStream(bytes);
  private final LocalDateTime time;

  DeterministicZip(Instant modified) {
    LocalDateTime t = LocalDateTime.ofInstant(modified, ZoneOffset.UTC).withNano(0);
    this.time = t.isBefore(EARLIEST) ? EARLIEST : t.isAfter(LATEST) ? LATEST : t;
    zip.setLevel(Deflater.BEST_COMPRESSION);
  }

  /** The {@code mimetype} entry: must be the first entry, stored, with no extra field. */
  void mimetype() {
    byte[] data = "application/epub+zip".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    ZipEntry e = entry("mimetype");
    e.setMethod(ZipEntry.STORED);
    e.setSize(data.length);
    e.setCompressedSize(data.length);
    CRC32 crc = new CRC32();
    crc.update(data);
    e.setCrc(crc.getValue());
    put(e, data);
  }

  void deflated(String name, byte[] data) {
    ZipEntry e = entry(name);
    e.setMethod(ZipEntry.DEFLATED);
    put(e, data);
  }

  private ZipEntry entry(String name) {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(time);
    return e;
  }

  private void put(ZipEntry e, byte[] data) {
    try {
      zip.putNextEntry(e);
      zip.write(data);
      zip.closeEntry();
    } catch (IOException ex) {
      throw new UncheckedIOException("writing to memory cannot fail", ex);
    }
  }

  byte[] finish() {
    try {
      zip.finish();
    } catch (IOException ex) {
      throw new UncheckedIOException("writing to memory cannot fail", ex);
    }
    return bytes.toByteArray();
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}

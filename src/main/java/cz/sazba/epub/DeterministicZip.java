package cz.sazba.epub;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The OCF container: a zip whose bytes depend only on its entries. The {@code mimetype} entry
 * comes first, stored, without extra field, as OCF requires; every entry carries the same local
 * date-time (the book's {@code modified} in UTC) and no extended timestamps, no data descriptors.
 *
 * <p>Written by hand (local headers, central directory, end record; APPNOTE 4.3) rather than
 * through {@code ZipOutputStream}, so that a large entry (a font, an image) is deflated once per
 * JVM and reused by every later EPUB that holds the same bytes (the same book built again, in a
 * batch or a watch loop); {@link #prepare} deflates one ahead of time.
 */
final class DeterministicZip implements AutoCloseable {
  // DOS dates cover 1980–2107. The earliest is 00:00:02, not 00:00:00, which Java's ZipEntry
  // (that an earlier writer used) took for "before 1980" and wrote with an extended timestamp in
  // the JVM's zone (a mimetype extra field EPUBCheck rejects, PKG_005).
  private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
  private static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);
  /**
   * zlib's level 6, not 9: the fonts are most of the bytes, and on them level 9 takes half as
   * long again for 0.1% smaller (docs/performance.md).
   */
  private static final int LEVEL = 6;
  /** Entries at least this big are kept deflated for reuse (fonts, images), up to {@link #KEPT_BYTES} in all. */
  private static final int KEEP_FROM = 64 * 1024;
  private static final long KEPT_BYTES = 64L * 1024 * 1024;
  private static final ConcurrentMap<Content, Deflated> KEPT = new ConcurrentHashMap<>();

  private static final int METHOD_STORED = 0;
  private static final int METHOD_DEFLATED = 8;
  /** General purpose flag bit 11: names are UTF-8. */
  private static final int FLAG_UTF8 = 0x0800;
  private static final int VERSION = 20;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
  private final List<byte[]> central = new ArrayList<>();
  private final int dosTime;
  private final int dosDate;

  DeterministicZip(Instant modified) {
    LocalDateTime t = LocalDateTime.ofInstant(modified, ZoneOffset.UTC).withNano(0);
    LocalDateTime time = t.isBefore(EARLIEST) ? EARLIEST : t.isAfter(LATEST) ? LATEST : t;
    this.dosTime = time.getHour() << 11 | time.getMinute() << 5 | time.getSecond() >> 1;
    this.dosDate = (time.getYear() - 1980) << 9 | time.getMonthValue() << 5 | time.getDayOfMonth();
  }

  /**
   * An entry's bytes as compared for reuse: by content, never by identity. Hashed by their CRC-32,
   * which the entry needs anyway and the JDK computes natively (a byte-by-byte hash of the fonts
   * ran in the interpreter of a cold start).
   */
  private static final class Content {
    final byte[] data;
    final long crc;

    Content(byte[] data, long crc) {
      this.data = data;
      this.crc = crc;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Content c && c.crc == crc && Arrays.equals(c.data, data);
    }

    @Override
    public int hashCode() {
      return (int) crc;
    }
  }

  private record Deflated(byte[] compressed, long crc, int size) {}

  /**
   * Deflates {@code data} now, for a later {@link #deflated} of the same bytes (in any book)
   * to reuse; small entries are not kept. Safe from any thread.
   */
  static void prepare(byte[] data) {
    if (data.length >= KEEP_FROM) deflate(data);
  }

  /** The {@code mimetype} entry: must be the first entry, stored, with no extra field. */
  void mimetype() {
    byte[] data = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
    entry("mimetype", METHOD_STORED, crc(data), data.length, data);
  }

  void deflated(String name, byte[] data) {
    Deflated d = deflate(data);
    entry(name, METHOD_DEFLATED, d.crc(), d.size(), d.compressed());
  }

  private static Deflated deflate(byte[] data) {
    long crc = crc(data);
    if (data.length < KEEP_FROM) return compress(data, crc);
    Content key = new Content(data, crc);
    Deflated known = KEPT.get(key);
    if (known != null) return known;
    long kept = data.length;
    for (Deflated k : KEPT.values()) kept += k.size();
    if (kept > KEPT_BYTES) KEPT.clear();
    // Two threads asking for the same new font wait for one deflation.
    return KEPT.computeIfAbsent(new Content(data.clone(), crc), k -> compress(k.data, k.crc));
  }

  private static Deflated compress(byte[] data, long crc) {
    Deflater deflater = new Deflater(LEVEL, true);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 2));
      byte[] buffer = new byte[64 * 1024];
      while (!deflater.finished()) {
        int n = deflater.deflate(buffer);
        out.write(buffer, 0, n);
      }
      return new Deflated(out.toByteArray(), crc, data.length);
    } finally {
      deflater.end();
    }
  }

  private static long crc(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    return crc.getValue();
  }

  private void entry(String name, int method, long crc, int size, byte[] stored) {
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    int offset = bytes.size();
    ByteArrayOutputStream local = new ByteArrayOutputStream(30 + nameBytes.length);
    int32(local, 0x04034b50);
    int16(local, VERSION);
    int16(local, FLAG_UTF8);
    int16(local, method);
    int16(local, dosTime);
    int16(local, dosDate);
    int32(local, crc);
    int32(local, stored.length);
    int32(local, size);
    int16(local, nameBytes.length);
    int16(local, 0);
    local.writeBytes(nameBytes);
    bytes.writeBytes(local.toByteArray());
    bytes.writeBytes(stored);

    ByteArrayOutputStream dir = new ByteArrayOutputStream(46 + nameBytes.length);
    int32(dir, 0x02014b50);
    int16(dir, VERSION);
    int16(dir, VERSION);
    int16(dir, FLAG_UTF8);
    int16(dir, method);
    int16(dir, dosTime);
    int16(dir, dosDate);
    int32(dir, crc);
    int32(dir, stored.length);
    int32(dir, size);
    int16(dir, nameBytes.length);
    int16(dir, 0); // extra
    int16(dir, 0); // comment
    int16(dir, 0); // disk
    int16(dir, 0); // internal attributes
    int32(dir, 0); // external attributes
    int32(dir, offset);
    dir.writeBytes(nameBytes);
    central.add(dir.toByteArray());
  }

  byte[] finish() {
    int start = bytes.size();
    for (byte[] d : central) bytes.writeBytes(d);
    int length = bytes.size() - start;
    int32(bytes, 0x06054b50);
    int16(bytes, 0);
    int16(bytes, 0);
    int16(bytes, central.size());
    int16(bytes, central.size());
    int32(bytes, length);
    int32(bytes, start);
    int16(bytes, 0);
    return bytes.toByteArray();
  }

  private static void int16(ByteArrayOutputStream out, int v) {
    out.write(v & 0xFF);
    out.write((v >>> 8) & 0xFF);
  }

  private static void int32(ByteArrayOutputStream out, long v) {
    int16(out, (int) (v & 0xFFFF));
    int16(out, (int) ((v >>> 16) & 0xFFFF));
  }

  @Override
  public void close() {
    // Everything is in memory; nothing to release.
  }
}

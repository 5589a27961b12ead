package cz.sazba.font;

import java.io.IOException;

/**
 * The table directory of a TrueType (sfnt) file: each table's tag, offset and length, checked
 * against the file's size once, so that a table is then read in place ({@link TableBytes} over
 * the file's own bytes) and nothing is copied or parsed that is not asked for.
 */
final class SfntFile {
  private final byte[] data;
  private final String[] tags;
  private final int[] offsets;
  private final int[] lengths;

  private SfntFile(byte[] data, String[] tags, int[] offsets, int[] lengths) {
    this.data = data;
    this.tags = tags;
    this.offsets = offsets;
    this.lengths = lengths;
  }

  /**
   * Reads the directory of {@code data} (kept, not copied).
   *
   * @throws IOException when the directory or a table lies past the end of the file
   */
  static SfntFile read(byte[] data) throws IOException {
    TableBytes file = new TableBytes("directory", data);
    int count = file.u16(4);
    String[] tags = new String[count];
    int[] offsets = new int[count];
    int[] lengths = new int[count];
    for (int i = 0; i < count; i++) {
      int record = 12 + 16 * i;
      String tag = file.tag4(record);
      int offset = file.u32(record + 8);
      int length = file.u32(record + 12);
      if (offset > data.length || length > data.length - offset) {
        throw file.malformed("table " + tag.trim() + " past the end of the file (offset " + offset + ", length "
            + length + ", file " + data.length + ")");
      }
      tags[i] = tag;
      offsets[i] = offset;
      lengths[i] = length;
    }
    return new SfntFile(data, tags, offsets, lengths);
  }

  int tableCount() {
    return tags.length;
  }

  /** The tag of the {@code i}th directory entry, in the file's order. */
  String tag(int i) {
    return tags[i];
  }

  boolean has(String tag) {
    return index(tag) >= 0;
  }

  /** The table read in place, or null when the file lacks it (the last entry of a repeated tag). */
  TableBytes table(String tag) {
    int i = index(tag);
    return i < 0 ? null : new TableBytes(tag, data, offsets[i], lengths[i]);
  }

  /** The table's bytes, copied, or null when the file lacks it. */
  byte[] copy(String tag) {
    TableBytes table = table(tag);
    return table == null ? null : table.toByteArray();
  }

  private int index(String tag) {
    for (int i = tags.length - 1; i >= 0; i--) {
      if (tags[i].equals(tag)) return i;
    }
    return -1;
  }
}

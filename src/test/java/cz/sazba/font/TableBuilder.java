package cz.sazba.font;

import java.util.Arrays;

/** Writes big-endian font table bytes for synthetic GPOS/GSUB/kern tests; offsets are patched. */
final class TableBuilder {
  private byte[] bytes = new byte[256];
  private int size;

  int position() {
    return size;
  }

  TableBuilder u16(int value) {
    ensure(2);
    bytes[size++] = (byte) (value >>> 8);
    bytes[size++] = (byte) value;
    return this;
  }

  TableBuilder u32(int value) {
    return u16(value >>> 16).u16(value & 0xFFFF);
  }

  TableBuilder tag(String tag) {
    for (int i = 0; i < 4; i++) {
      ensure(1);
      bytes[size++] = (byte) tag.charAt(i);
    }
    return this;
  }

  /** Writes a 16-bit placeholder and returns where it is, for {@link #patch16}. */
  int placeholder16() {
    int at = size;
    u16(0);
    return at;
  }

  int placeholder32() {
    int at = size;
    u32(0);
    return at;
  }

  /** Sets the placeholder at {@code at} to the current position minus {@code base}. */
  void patch16(int at, int base) {
    int value = size - base;
    bytes[at] = (byte) (value >>> 8);
    bytes[at + 1] = (byte) value;
  }

  void patch32(int at, int base) {
    int value = size - base;
    bytes[at] = (byte) (value >>> 24);
    bytes[at + 1] = (byte) (value >>> 16);
    bytes[at + 2] = (byte) (value >>> 8);
    bytes[at + 3] = (byte) value;
  }

  byte[] toBytes() {
    return Arrays.copyOf(bytes, size);
  }

  /**
   * Header, ScriptList with {@code latn} (or {@code script}) whose default LangSys has feature 0,
   * and a FeatureList whose feature 0 is {@code featureTag} listing the given lookups. Returns
   * the placeholder of the LookupList offset, to patch when the LookupList starts.
   */
  static int layoutHeader(TableBuilder b, String script, String featureTag, int... lookupIndices) {
    b.u16(1).u16(0);
    int scriptList = b.placeholder16();
    int featureList = b.placeholder16();
    int lookupList = b.placeholder16();
    b.patch16(scriptList, 0);
    int scriptListStart = b.position();
    b.u16(1).tag(script);
    int scriptOffset = b.placeholder16();
    b.patch16(scriptOffset, scriptListStart);
    int scriptStart = b.position();
    int langSys = b.placeholder16();
    b.u16(0);
    b.patch16(langSys, scriptStart);
    b.u16(0).u16(0xFFFF).u16(1).u16(0);
    b.patch16(featureList, 0);
    int featureListStart = b.position();
    b.u16(1).tag(featureTag);
    int featureOffset = b.placeholder16();
    b.patch16(featureOffset, featureListStart);
    b.u16(0).u16(lookupIndices.length);
    for (int index : lookupIndices) b.u16(index);
    return lookupList;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, bytes.length * 2 + more);
  }
}
